package org.creddesk.adequacy;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.creddesk.domain.adequacy.AdequacyInputException;
import org.creddesk.domain.adequacy.AdequacyStandard;

/**
 * The standards table as CSV: {@code specialty_group,taxonomy_prefixes,max_miles,min_providers_per_1000,
 * min_covered_share}, prefixes separated by '|', with an optional {@code max_minutes} column. The shipped default
 * (CMS Medicare Advantage, Metro column) is a resource; a person's edited table is kept as the same text.
 */
public final class StandardsCsv {
    public static final String HEADER =
            "specialty_group,taxonomy_prefixes,max_miles,min_providers_per_1000,min_covered_share";
    public static final String DEFAULT_RESOURCE = "/org/creddesk/adequacy/standards-cms-ma-metro.csv";

    private StandardsCsv() {
    }

    public static List<AdequacyStandard> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.getFileName().toString(), in);
        } catch (NoSuchFileException e) {
            throw new AdequacyInputException(0, "", file.toString(), "There is no standards file " + file);
        }
    }

    public static List<AdequacyStandard> shippedDefault() {
        try (InputStream in = StandardsCsv.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The default standards table is missing from the program");
            }
            return read("default standards", new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source lines (starting with '#') of the shipped default, for the screen and the reports. */
    public static List<String> shippedSourceLines() {
        try (InputStream in = StandardsCsv.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("#"))
                    .map(l -> l.substring(1).strip()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<AdequacyStandard> read(String name, Reader in) {
        CsvTable t = CsvTable.read(name, in);
        int group = t.require("specialty_group", HEADER);
        int prefixes = t.require("taxonomy_prefixes", HEADER);
        int miles = t.require("max_miles", HEADER);
        int ratio = t.require("min_providers_per_1000", HEADER);
        int share = t.require("min_covered_share", HEADER);
        int minutes = t.optional("max_minutes");
        List<AdequacyStandard> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvRecord r : t.rows()) {
            String g = CsvTable.cell(r, group);
            if (g.isEmpty()) {
                throw t.bad(r, "specialty_group", g, "is empty: every row needs a specialty group");
            }
            if (!seen.add(g.toLowerCase(Locale.ROOT))) {
                throw t.bad(r, "specialty_group", g, "appears twice");
            }
            String rawPrefixes = CsvTable.cell(r, prefixes);
            List<String> list = Arrays.stream(rawPrefixes.split("\\|")).map(String::strip).toList();
            for (String p : list) {
                if (!AdequacyStandard.isValidPrefix(p)) {
                    throw t.bad(r, "taxonomy_prefixes", rawPrefixes, "has " + (p.isEmpty() ? "an empty prefix"
                            : "'" + p + "', which is not a taxonomy code prefix (capital letters and digits, "
                            + "at most 10)") + "; separate prefixes with |");
                }
            }
            double maxMiles = number(t, r, "max_miles", CsvTable.cell(r, miles), 0, 500, false);
            double minRatio = number(t, r, "min_providers_per_1000", CsvTable.cell(r, ratio), 0, 1000, true);
            double minShare = share(t, r, CsvTable.cell(r, share));
            Integer maxMinutes = null;
            String rawMinutes = CsvTable.cell(r, minutes);
            if (!rawMinutes.isEmpty()) {
                maxMinutes = (int) number(t, r, "max_minutes", rawMinutes, 0, 600, false);
            }
            result.add(new AdequacyStandard(g, list, maxMiles, maxMinutes, minRatio, minShare));
        }
        if (result.isEmpty()) {
            throw new AdequacyInputException(0, "", "", name + " has no standards under its header " + HEADER);
        }
        return result;
    }

    private static double number(CsvTable t, CsvRecord r, String column, String raw, double min, double max,
                                 boolean zeroAllowed) {
        double v;
        try {
            v = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw t.bad(r, column, raw, "is not a number");
        }
        if (Double.isNaN(v) || v < min || v > max || (!zeroAllowed && v == 0)) {
            throw t.bad(r, column, raw, "is out of range (" + (zeroAllowed ? "" : "above ") + fmt(min) + " to "
                    + fmt(max) + ")");
        }
        return v;
    }

    /** 0.9, 90% or 90 (a percentage above 1) all mean nine members in ten. */
    private static double share(CsvTable t, CsvRecord r, String raw) {
        String s = raw.endsWith("%") ? raw.substring(0, raw.length() - 1).strip() : raw;
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw t.bad(r, "min_covered_share", raw, "is not a share (0.9 or 90%)");
        }
        if (raw.endsWith("%") || v > 1) {
            v = v / 100;
        }
        if (Double.isNaN(v) || v < 0 || v > 1) {
            throw t.bad(r, "min_covered_share", raw, "is not a share between 0 and 1 (or 0% and 100%)");
        }
        return v;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** The table as CSV text in the same columns (max_minutes last), readable by {@link #read}. */
    public static String write(List<AdequacyStandard> standards) {
        StringBuilder b = new StringBuilder(HEADER).append(",max_minutes\n");
        for (AdequacyStandard s : standards) {
            b.append(quoted(s.specialtyGroup())).append(',').append(String.join("|", s.taxonomyPrefixes())).append(',')
                    .append(fmt(s.maxMiles())).append(',').append(fmt(s.minProvidersPer1000())).append(',')
                    .append(fmt(s.minCoveredShare())).append(',')
                    .append(s.maxMinutes() == null ? "" : s.maxMinutes().toString()).append('\n');
        }
        return b.toString();
    }

    private static String quoted(String v) {
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
