package org.creddesk.adequacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.creddesk.domain.adequacy.County;
import org.creddesk.domain.adequacy.CountyShape;
import org.creddesk.domain.adequacy.Geography;
import org.creddesk.domain.adequacy.ZipArea;

/**
 * The Census geography shipped in the jar (see SOURCES.md beside the files): 33,791 ZCTA centroids with their
 * county, 3,231 county centroids and simplified outlines. Read from the class path, never from the network.
 */
public final class ShippedGeography {
    private static final String DIR = "/org/creddesk/adequacy/";

    private ShippedGeography() {
    }

    public static Geography load() {
        List<ZipArea> zips = new ArrayList<>(34_000);
        read("zip-centroids.csv", true, line -> {
            String[] f = line.split(",", -1);
            zips.add(new ZipArea(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]), f[3]));
        });
        List<County> counties = new ArrayList<>(3_300);
        read("counties.csv", true, line -> {
            List<String> f = splitQuoted(line);
            counties.add(new County(f.get(0), f.get(1), f.get(2), Double.parseDouble(f.get(3)),
                    Double.parseDouble(f.get(4))));
        });
        List<CountyShape> shapes = new ArrayList<>(3_300);
        read("county-shapes.txt", false, line -> {
            String[] parts = line.split("\\|");
            List<double[]> rings = new ArrayList<>(parts.length - 1);
            for (int i = 1; i < parts.length; i++) {
                String[] points = parts[i].split(" ");
                double[] ring = new double[points.length * 2];
                for (int p = 0; p < points.length; p++) {
                    int comma = points[p].indexOf(',');
                    ring[2 * p] = Double.parseDouble(points[p].substring(0, comma));
                    ring[2 * p + 1] = Double.parseDouble(points[p].substring(comma + 1));
                }
                rings.add(ring);
            }
            shapes.add(new CountyShape(parts[0], rings));
        });
        return new Geography(zips, counties, shapes);
    }

    private static void read(String name, boolean header, java.util.function.Consumer<String> line) {
        try (InputStream in = ShippedGeography.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("The shipped geography file " + name + " is missing from the program");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String l = r.readLine();
            if (header) {
                l = r.readLine();
            }
            for (; l != null; l = r.readLine()) {
                if (!l.isEmpty()) {
                    line.accept(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A county name may be quoted ("Juneau, City and Borough of" does not occur, but the format allows it). */
    private static List<String> splitQuoted(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
