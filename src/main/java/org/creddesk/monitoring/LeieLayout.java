package org.creddesk.monitoring;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import org.creddesk.domain.monitoring.ExclusionRecord;
import org.creddesk.domain.monitoring.ListSource;

/**
 * OIG LEIE {@code UPDATED.csv} and its monthly supplements: 18 columns, dates YYYYMMDD with 00000000 for none,
 * NPI 0000000000 when unknown, trailing spaces in EXCLTYPE, a single space in MIDNAME.
 */
final class LeieLayout implements ListLayout {
    static final List<String> COLUMNS = List.of("LASTNAME", "FIRSTNAME", "MIDNAME", "BUSNAME", "GENERAL",
            "SPECIALTY", "UPIN", "NPI", "DOB", "ADDRESS", "CITY", "STATE", "ZIP", "EXCLTYPE", "EXCLDATE", "REINDATE",
            "WAIVERDATE", "WVRSTATE");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    static boolean matches(List<String> header) {
        return header.stream().map(h -> h.strip().toUpperCase(Locale.ROOT)).toList().equals(COLUMNS);
    }

    @Override
    public ListSource source() {
        return ListSource.LEIE;
    }

    @Override
    public String description() {
        return "OIG LEIE";
    }

    @Override
    public ExclusionRecord map(List<String> f, long line) throws RowProblem {
        if (f.size() != COLUMNS.size()) {
            throw new RowProblem("Line " + line + ": " + f.size() + " fields, expected " + COLUMNS.size());
        }
        String last = ListLayout.clean(f.get(0));
        String first = ListLayout.clean(f.get(1));
        String business = ListLayout.clean(f.get(3));
        return new ExclusionRecord(ListSource.LEIE, last, first, ListLayout.clean(f.get(2)), business,
                last == null && first == null && business != null, ListLayout.clean(f.get(7)),
                date(f, 8, line), ListLayout.clean(f.get(9)), ListLayout.clean(f.get(10)),
                ListLayout.clean(f.get(11)), ListLayout.clean(f.get(12)), ListLayout.clean(f.get(4)),
                ListLayout.clean(f.get(5)), ListLayout.clean(f.get(13)), date(f, 14, line), date(f, 15, line), null);
    }

    private static LocalDate date(List<String> f, int column, long line) throws RowProblem {
        String s = ListLayout.clean(f.get(column));
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s, DATE);
        } catch (DateTimeParseException e) {
            throw new RowProblem("Line " + line + ", column '" + COLUMNS.get(column) + "': '" + s
                    + "' is not a date (YYYYMMDD)");
        }
    }
}
