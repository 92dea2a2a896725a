package org.creddesk.domain;

/** One code of the NUCC Health Care Provider Taxonomy code set, with the columns of NUCC's CSV. */
public record TaxonomyEntry(String code, String grouping, String classification, String specialization,
                            String definition, String notes, String displayName, String section) {

    /**
     * What people read beside the code: NUCC's Display Name, or (older code sets have none) the classification
     * and specialization ("Internal Medicine, Cardiovascular Disease").
     */
    public String description() {
        if (displayName != null && !displayName.isBlank()) {
            return displayName.strip();
        }
        String c = classification == null ? "" : classification.strip();
        String s = specialization == null ? "" : specialization.strip();
        return c.isEmpty() ? s : s.isEmpty() ? c : c + ", " + s;
    }
}
