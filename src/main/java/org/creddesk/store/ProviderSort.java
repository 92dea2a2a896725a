package org.creddesk.store;

/** Orders of the provider list; each is backed by an index so 100,000 rows sort in SQL, not in the table view. */
public enum ProviderSort {
    NAME("p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.id"),
    NAME_DESC("p.last_name COLLATE NOCASE DESC, p.first_name COLLATE NOCASE DESC, p.id"),
    NPI("p.npi, p.id"),
    NPI_DESC("p.npi DESC, p.id");

    final String orderBy;

    ProviderSort(String orderBy) {
        this.orderBy = orderBy;
    }
}
