package org.creddesk.store;

/**
 * Orders of the provider list; each is one index (V11) read forwards or backwards, so 100,000 rows sort in SQL, not
 * in the table view, and a page anywhere in the list is a walk along the index. The id breaks ties.
 */
public enum ProviderSort {
    NAME("p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.id"),
    NAME_DESC("p.last_name COLLATE NOCASE DESC, p.first_name COLLATE NOCASE DESC, p.id DESC"),
    NPI("p.npi, p.id"),
    NPI_DESC("p.npi DESC, p.id DESC");

    final String orderBy;

    ProviderSort(String orderBy) {
        this.orderBy = orderBy;
    }
}
