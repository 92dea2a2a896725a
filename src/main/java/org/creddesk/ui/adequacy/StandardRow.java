package org.creddesk.ui.adequacy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.creddesk.domain.adequacy.AdequacyStandard;

/** One editable row of the standards table: every cell is text until Run checks it. */
public final class StandardRow {
    final StringProperty group = new SimpleStringProperty("");
    final StringProperty prefixes = new SimpleStringProperty("");
    final StringProperty maxMiles = new SimpleStringProperty("");
    final StringProperty maxMinutes = new SimpleStringProperty("");
    final StringProperty minPer1000 = new SimpleStringProperty("");
    final StringProperty minShare = new SimpleStringProperty("");

    static StringProperty[] cells(StandardRow r) {
        return new StringProperty[] {r.group, r.prefixes, r.maxMiles, r.maxMinutes, r.minPer1000, r.minShare};
    }

    static StandardRow of(AdequacyStandard s) {
        StandardRow r = new StandardRow();
        r.group.set(s.specialtyGroup());
        r.prefixes.set(String.join("|", s.taxonomyPrefixes()));
        r.maxMiles.set(number(s.maxMiles()));
        r.maxMinutes.set(s.maxMinutes() == null ? "" : s.maxMinutes().toString());
        r.minPer1000.set(number(s.minProvidersPer1000()));
        r.minShare.set(number(s.minCoveredShare() * 100) + "%");
        return r;
    }

    /** The standard this row says, or a refusal naming the row (1-based) and the column. */
    AdequacyStandard toStandard(int row, ColumnNames names) {
        List<String> list = Arrays.stream(prefixes.get().split("\\|")).map(p -> p.strip().toUpperCase(Locale.ROOT))
                .toList();
        for (String p : list) {
            if (!AdequacyStandard.isValidPrefix(p)) {
                throw new RowProblem(row, names.prefixes(), prefixes.get());
            }
        }
        if (group.get().isBlank()) {
            throw new RowProblem(row, names.group(), group.get());
        }
        double miles = parse(maxMiles.get(), row, names.maxMiles());
        Integer minutes = maxMinutes.get().isBlank() ? null : (int) parse(maxMinutes.get(), row, names.maxMinutes());
        double per1000 = parse(minPer1000.get(), row, names.minPer1000());
        String shareText = minShare.get().strip();
        double share = parse(shareText.endsWith("%") ? shareText.substring(0, shareText.length() - 1) : shareText,
                row, names.minShare());
        if (shareText.endsWith("%") || share > 1) {
            share = share / 100;
        }
        try {
            return new AdequacyStandard(group.get().strip(), list, miles, minutes, per1000, share);
        } catch (IllegalArgumentException e) {
            throw new RowProblem(row, names.maxMiles() + " / " + names.minShare(), maxMiles.get() + " / "
                    + minShare.get());
        }
    }

    private static double parse(String text, int row, String column) {
        try {
            double v = Double.parseDouble(text.strip());
            if (Double.isNaN(v) || v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new RowProblem(row, column, text);
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.valueOf(Math.round(v * 10_000) / 10_000.0);
    }

    /** The column headers as the screen shows them, for the sentences. */
    record ColumnNames(String group, String prefixes, String maxMiles, String maxMinutes, String minPer1000,
                       String minShare) {
    }

    /** A cell Run cannot use: which row, which column, what it holds. */
    static final class RowProblem extends RuntimeException {
        final int row;
        final String column;
        final String value;

        RowProblem(int row, String column, String value) {
            super("row " + row + ", " + column);
            this.row = row;
            this.column = column;
            this.value = value;
        }
    }
}
