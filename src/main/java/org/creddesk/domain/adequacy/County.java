package org.creddesk.domain.adequacy;

/** A county (or equivalent) by its five-digit FIPS code, with the centroid of its shape. */
public record County(String fips, String name, String state, double lat, double lon) {
    /** "Cook, Illinois". */
    public String label() {
        return state.isEmpty() ? name : name + ", " + state;
    }
}
