package org.creddesk.ui.adequacy;

import org.creddesk.domain.adequacy.CountyShape;

/** A county on the map: its outline and whether its members pass, fail, or it is only a neighbour. */
public record MapCounty(String fips, String label, CountyShape shape, State state) {
    public enum State {
        PASS, FAIL, NEIGHBOUR
    }
}
