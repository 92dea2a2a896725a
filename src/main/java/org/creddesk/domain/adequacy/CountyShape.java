package org.creddesk.domain.adequacy;

import java.util.List;

/**
 * A county's outline for drawing: rings of alternating longitude, latitude pairs ({@code lon0, lat0, lon1, lat1…}),
 * simplified (about 0.01 degree); holes and islands are rings of their own.
 */
public record CountyShape(String fips, List<double[]> rings) {
    public CountyShape {
        rings = List.copyOf(rings);
    }
}
