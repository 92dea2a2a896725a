package org.creddesk.server;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Counters and latency histograms in the Prometheus text format (a few dozen lines; a metrics library would be
 * a dependency for that). Labels are routes and outcomes, never names or values.
 */
public final class Metrics {
    private static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();
    private final Map<String, Histogram> histograms = new ConcurrentHashMap<>();
    private final Map<String, LongSupplier> gauges = new ConcurrentHashMap<>();

    private static final class Histogram {
        final LongAdder[] counts = new LongAdder[BUCKETS.length];
        final LongAdder count = new LongAdder();
        final AtomicLong sumNanos = new AtomicLong();

        Histogram() {
            for (int i = 0; i < counts.length; i++) {
                counts[i] = new LongAdder();
            }
        }
    }

    public void count(String name, String labels, long n) {
        counters.computeIfAbsent(name + "{" + labels + "}", k -> new LongAdder()).add(n);
    }

    public void observe(String name, String labels, long nanos) {
        Histogram h = histograms.computeIfAbsent(name + "|" + labels, k -> new Histogram());
        double seconds = nanos / 1e9;
        for (int i = 0; i < BUCKETS.length; i++) {
            if (seconds <= BUCKETS[i]) {
                h.counts[i].increment();
            }
        }
        h.count.increment();
        h.sumNanos.addAndGet(nanos);
    }

    public void gauge(String name, LongSupplier value) {
        gauges.put(name, value);
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        Map<String, Long> sortedCounters = new TreeMap<>();
        counters.forEach((k, v) -> sortedCounters.put(k, v.sum()));
        String lastName = null;
        for (Map.Entry<String, Long> e : sortedCounters.entrySet()) {
            String name = e.getKey().substring(0, e.getKey().indexOf('{'));
            if (!name.equals(lastName)) {
                sb.append("# TYPE ").append(name).append(" counter\n");
                lastName = name;
            }
            sb.append(e.getKey().replace("{}", "")).append(' ').append(e.getValue()).append('\n');
        }
        new TreeMap<>(gauges).forEach((name, value) -> sb.append("# TYPE ").append(name).append(" gauge\n")
                .append(name).append(' ').append(value.getAsLong()).append('\n'));
        lastName = null;
        for (Map.Entry<String, Histogram> e : new TreeMap<>(histograms).entrySet()) {
            String name = e.getKey().substring(0, e.getKey().indexOf('|'));
            String labels = e.getKey().substring(e.getKey().indexOf('|') + 1);
            String sep = labels.isEmpty() ? "" : ",";
            if (!name.equals(lastName)) {
                sb.append("# TYPE ").append(name).append(" histogram\n");
                lastName = name;
            }
            Histogram h = e.getValue();
            for (int i = 0; i < BUCKETS.length; i++) {
                sb.append(name).append("_bucket{").append(labels).append(sep).append("le=\"")
                        .append(String.format(Locale.ROOT, "%s", BUCKETS[i])).append("\"} ").append(h.counts[i].sum())
                        .append('\n');
            }
            sb.append(name).append("_bucket{").append(labels).append(sep).append("le=\"+Inf\"} ")
                    .append(h.count.sum()).append('\n');
            sb.append(name).append("_sum{").append(labels).append("} ")
                    .append(String.format(Locale.ROOT, "%.6f", h.sumNanos.get() / 1e9)).append('\n');
            sb.append(name).append("_count{").append(labels).append("} ").append(h.count.sum()).append('\n');
        }
        return sb.toString();
    }
}
