package org.creddesk.domain.adequacy;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * ZIP centroids, counties and county outlines: the shipped Census data, or a small hand-made one in tests.
 * ZIP codes are five digits, county FIPS codes five digits.
 */
public final class Geography {
    private final Map<String, ZipArea> zips = new HashMap<>();
    private final Map<String, County> counties = new HashMap<>();
    private final Map<String, CountyShape> shapes = new HashMap<>();
    private Map<String, Set<String>> touching;

    public Geography(Collection<ZipArea> zips, Collection<County> counties, Collection<CountyShape> shapes) {
        zips.forEach(z -> this.zips.put(z.zip(), z));
        counties.forEach(c -> this.counties.put(c.fips(), c));
        shapes.forEach(s -> this.shapes.put(s.fips(), s));
    }

    public Optional<ZipArea> zip(String zip) {
        return Optional.ofNullable(zips.get(zip));
    }

    public Optional<County> county(String fips) {
        return Optional.ofNullable(counties.get(fips));
    }

    public Optional<CountyShape> shape(String fips) {
        return Optional.ofNullable(shapes.get(fips));
    }

    public int zipCount() {
        return zips.size();
    }

    public int countyCount() {
        return counties.size();
    }

    /** The given counties and those whose outlines share a point with one of them (for the map). */
    public Set<String> withNeighbours(Set<String> fips) {
        Set<String> result = new TreeSet<>(fips);
        for (String f : fips) {
            result.addAll(touching().getOrDefault(f, Set.of()));
        }
        return result;
    }

    private synchronized Map<String, Set<String>> touching() {
        if (touching == null) {
            Map<Long, Set<String>> byPoint = new HashMap<>();
            for (CountyShape s : shapes.values()) {
                for (double[] ring : s.rings()) {
                    for (int i = 0; i + 1 < ring.length; i += 2) {
                        long key = Math.round(ring[i] * 100) * 100_000L + Math.round(ring[i + 1] * 100);
                        byPoint.computeIfAbsent(key, k -> new HashSet<>(2)).add(s.fips());
                    }
                }
            }
            Map<String, Set<String>> result = new HashMap<>();
            for (Set<String> sharing : byPoint.values()) {
                if (sharing.size() > 1) {
                    for (String f : sharing) {
                        result.computeIfAbsent(f, k -> new HashSet<>()).addAll(sharing);
                    }
                }
            }
            result.forEach((f, set) -> set.remove(f));
            touching = result;
        }
        return touching;
    }

    /** The ZIPs whose centroid falls in the county, in order. */
    public List<ZipArea> zipsIn(String countyFips) {
        return zips.values().stream().filter(z -> z.countyFips().equals(countyFips)).sorted(
                java.util.Comparator.comparing(ZipArea::zip)).toList();
    }
}
