package org.creddesk.domain.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A distribution of durations in days, as the store hands it over: how many cases took each number of days
 * ({@code GROUP BY days}), so 100,000 cases cross from SQL as a few hundred pairs. Median and 90th percentile are
 * read from it exactly: the median is the middle case (the mean of the two middle cases when the count is even);
 * the 90th percentile is the nearest rank, the smallest duration at least 90% of the cases did not exceed, so it
 * is always a duration some case really took.
 */
public record DayCounts(List<Bucket> buckets) {
    /** {@code count} cases took {@code days} days. */
    public record Bucket(int days, long count) {
        public Bucket {
            if (count < 0) {
                throw new IllegalArgumentException("negative count " + count);
            }
        }
    }

    public DayCounts {
        List<Bucket> sorted = new ArrayList<>(buckets);
        sorted.removeIf(b -> b.count() == 0);
        sorted.sort(Comparator.comparingInt(Bucket::days));
        buckets = List.copyOf(sorted);
    }

    public static DayCounts empty() {
        return new DayCounts(List.of());
    }

    /** From single durations (tests, small lists). */
    public static DayCounts of(int... days) {
        List<Bucket> result = new ArrayList<>();
        for (int d : days) {
            result.add(new Bucket(d, 1));
        }
        return new DayCounts(merge(result));
    }

    private static List<Bucket> merge(List<Bucket> buckets) {
        java.util.TreeMap<Integer, Long> byDays = new java.util.TreeMap<>();
        for (Bucket b : buckets) {
            byDays.merge(b.days(), b.count(), Long::sum);
        }
        return byDays.entrySet().stream().map(e -> new Bucket(e.getKey(), e.getValue())).toList();
    }

    public long count() {
        return buckets.stream().mapToLong(Bucket::count).sum();
    }

    public boolean isEmpty() {
        return buckets.isEmpty();
    }

    /** The median in days; null when there are no cases. */
    public Double median() {
        long n = count();
        if (n == 0) {
            return null;
        }
        if (n % 2 == 1) {
            return (double) nth(n / 2 + 1);
        }
        return (nth(n / 2) + nth(n / 2 + 1)) / 2.0;
    }

    /** The 90th percentile in days (nearest rank); null when there are no cases. */
    public Integer p90() {
        return percentile(90);
    }

    /** The nearest-rank percentile: the value at rank ceil(p/100 × n); null when there are no cases. */
    public Integer percentile(int p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile " + p + " is not in 1..100");
        }
        long n = count();
        if (n == 0) {
            return null;
        }
        long rank = (p * n + 99) / 100; // ceil(p × n / 100) without floating-point error
        return nth(Math.max(1, rank));
    }

    /** The duration of the case at 1-based {@code rank} in ascending order. */
    private int nth(long rank) {
        long seen = 0;
        for (Bucket b : buckets) {
            seen += b.count();
            if (seen >= rank) {
                return b.days();
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + seen);
    }

    /** Both distributions' cases together (a year from its months). */
    public DayCounts plus(DayCounts other) {
        List<Bucket> all = new ArrayList<>(buckets);
        all.addAll(other.buckets);
        return new DayCounts(merge(all));
    }
}
