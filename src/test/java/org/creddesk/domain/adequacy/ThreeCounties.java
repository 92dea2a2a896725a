package org.creddesk.domain.adequacy;

import java.util.List;

/**
 * A hand-made geography of three counties on one meridian (100° W), so distances are plain: 0.1° of latitude is
 * 6.91 miles. A: ZIPs 10001 (40.0° N) and 10002 (40.1°); B: 20001 (40.5°, 34.5 miles from 10001);
 * C: 30001 (41.0°, 69.1 miles from 10001, 34.5 from 20001).
 */
public final class ThreeCounties {
    private ThreeCounties() {
    }

    public static Geography geography() {
        return new Geography(List.of(
                new ZipArea("10001", 40.0, -100.0, "90001"),
                new ZipArea("10002", 40.1, -100.0, "90001"),
                new ZipArea("20001", 40.5, -100.0, "90002"),
                new ZipArea("30001", 41.0, -100.0, "90003")),
                List.of(new County("90001", "Alpha", "Kansas", 40.05, -100.0),
                        new County("90002", "Bravo", "Kansas", 40.5, -100.0),
                        new County("90003", "Charlie", "Nebraska", 41.0, -100.0)),
                List.of(square("90001", 39.8, 40.3), square("90002", 40.3, 40.8), square("90003", 40.8, 41.3)));
    }

    private static CountyShape square(String fips, double south, double north) {
        return new CountyShape(fips, List.of(new double[] {-100.3, south, -99.7, south, -99.7, north, -100.3, north}));
    }
}
