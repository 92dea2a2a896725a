package org.creddesk.domain.adequacy;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Points bucketed in quarter-degree cells, so "is any point within r miles" looks at the few cells around the
 * query instead of every point. Each point is kept as a unit vector, stored cell by cell: "within r miles" is then
 * a dot product against cos(r / earth radius), the same great-circle test as the haversine formula without its
 * trigonometry per pair. Points are not wrapped across the antimeridian (only a few Aleutian islands are near it).
 */
public final class PointGrid {
    private static final double CELL = 0.25;
    private static final double MILES_PER_DEGREE_LAT = 69.0;

    private final int[] index;
    private final double[] x;
    private final double[] y;
    private final double[] z;
    /** Cells as a dense block over the points' extent: cell k's points are [first[k], first[k + 1]). */
    private final int[] first;
    private final int row0;
    private final int col0;
    private final int rows;
    private final int cols;

    public PointGrid(double[] lat, double[] lon) {
        if (lat.length != lon.length) {
            throw new IllegalArgumentException("latitudes and longitudes differ in number");
        }
        int n = lat.length;
        int minRow = Integer.MAX_VALUE;
        int maxRow = Integer.MIN_VALUE;
        int minCol = Integer.MAX_VALUE;
        int maxCol = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            minRow = Math.min(minRow, row(lat[i]));
            maxRow = Math.max(maxRow, row(lat[i]));
            minCol = Math.min(minCol, col(lon[i]));
            maxCol = Math.max(maxCol, col(lon[i]));
        }
        row0 = n == 0 ? 0 : minRow;
        col0 = n == 0 ? 0 : minCol;
        rows = n == 0 ? 0 : maxRow - minRow + 1;
        cols = n == 0 ? 0 : maxCol - minCol + 1;
        first = new int[rows * cols + 1];
        int[] cellOf = new int[n];
        for (int i = 0; i < n; i++) {
            cellOf[i] = (row(lat[i]) - row0) * cols + (col(lon[i]) - col0);
            first[cellOf[i] + 1]++;
        }
        for (int k = 0; k < rows * cols; k++) {
            first[k + 1] += first[k];
        }
        int[] next = Arrays.copyOf(first, first.length);
        index = new int[n];
        x = new double[n];
        y = new double[n];
        z = new double[n];
        for (int i = 0; i < n; i++) {
            int k = next[cellOf[i]]++;
            index[k] = i;
            double la = Math.toRadians(lat[i]);
            double lo = Math.toRadians(lon[i]);
            x[k] = Math.cos(la) * Math.cos(lo);
            y[k] = Math.cos(la) * Math.sin(lo);
            z[k] = Math.sin(la);
        }
    }

    public int size() {
        return index.length;
    }

    /** True when some point lies within {@code miles} of the given place. */
    public boolean anyWithin(double qLat, double qLon, double miles) {
        return firstWithin(qLat, qLon, miles) >= 0;
    }

    /** The index of the first point found within {@code miles}, or -1 when none is. */
    public int firstWithin(double qLat, double qLon, double miles) {
        return scan(qLat, qLon, miles, k -> true);
    }

    /** Calls {@code found} with the index of every point within {@code miles} of the given place. */
    public void forEachWithin(double qLat, double qLon, double miles, IntConsumer found) {
        scan(qLat, qLon, miles, k -> {
            found.accept(k);
            return false;
        });
    }

    /** Walks the points within {@code miles} until {@code stop} says so: that point's index, else -1. */
    private int scan(double qLat, double qLon, double miles, java.util.function.IntPredicate stop) {
        double la = Math.toRadians(qLat);
        double lo = Math.toRadians(qLon);
        double qx = Math.cos(la) * Math.cos(lo);
        double qy = Math.cos(la) * Math.sin(lo);
        double qz = Math.sin(la);
        double minDot = Math.cos(miles / Haversine.EARTH_RADIUS_MILES);
        int[] span = span(qLat, qLon, miles);
        int r1 = Math.min(span[1], row0 + rows - 1);
        int c1 = Math.min(span[3], col0 + cols - 1);
        for (int r = Math.max(span[0], row0); r <= r1; r++) {
            int base = (r - row0) * cols - col0;
            for (int c = Math.max(span[2], col0); c <= c1; c++) {
                int end = first[base + c + 1];
                for (int k = first[base + c]; k < end; k++) {
                    if (qx * x[k] + qy * y[k] + qz * z[k] >= minDot && stop.test(index[k])) {
                        return index[k];
                    }
                }
            }
        }
        return -1;
    }

    private static int[] span(double qLat, double qLon, double miles) {
        double dLat = miles / MILES_PER_DEGREE_LAT;
        double cos = Math.max(0.05, Math.cos(Math.toRadians(Math.min(89, Math.abs(qLat) + dLat))));
        double dLon = Math.min(180, miles / (MILES_PER_DEGREE_LAT * cos));
        return new int[] {row(qLat - dLat), row(qLat + dLat), col(qLon - dLon), col(qLon + dLon)};
    }

    private static int row(double lat) {
        return (int) Math.floor((lat + 90) / CELL);
    }

    private static int col(double lon) {
        return (int) Math.floor((lon + 180) / CELL);
    }
}
