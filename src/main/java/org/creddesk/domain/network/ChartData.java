package org.creddesk.domain.network;

import java.util.List;

/**
 * One chart of the Network page as numbers, independent of who draws it: the window (JavaFX charts), the PDF report
 * (vector graphics) and the workbook (a sheet per chart) take the same categories and series.
 *
 * @param id         stable name (the window's text key and the sheet's name come from it)
 * @param title      the chart's title in the report
 * @param unit       what the values count ("days", "providers", "%")
 * @param kind       how it is drawn
 * @param categoryIds stable ids of the categories (a month, a status name, a stage code, a payer name)
 * @param categories  the categories as the report shows them
 * @param series     the values, one per category each (null: no figure for that category)
 * @param empty      what the report says when there is nothing to draw, and what to do about it
 */
public record ChartData(String id, String title, String unit, Kind kind, List<String> categoryIds,
                        List<String> categories, List<Series> series, String empty) {
    public enum Kind {
        BAR, STACKED_BAR, LINE, SHARE
    }

    /** A named row of values; {@code charted} false: in the numbers only (a count beside a median). */
    public record Series(String id, String name, List<Double> values, boolean charted) {
        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    public ChartData {
        categoryIds = List.copyOf(categoryIds);
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException(id + "/" + s.id() + ": " + s.values().size() + " values for "
                        + categories.size() + " categories");
            }
        }
    }

    public List<Series> charted() {
        return series.stream().filter(Series::charted).toList();
    }

    /** Nothing to draw: no category, or no charted value above zero. */
    public boolean isEmpty() {
        return charted().stream().flatMap(s -> s.values().stream())
                .noneMatch(v -> v != null && v > 0);
    }

    /** The largest charted value (stacked: the largest stack), at least 1. */
    public double maxValue() {
        double max = 1;
        for (int i = 0; i < categories.size(); i++) {
            double stack = 0;
            for (Series s : charted()) {
                Double v = s.values().get(i);
                if (v != null) {
                    stack = kind == Kind.STACKED_BAR ? stack + v : Math.max(stack, v);
                }
            }
            max = Math.max(max, stack);
        }
        return max;
    }
}
