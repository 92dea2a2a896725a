package org.creddesk.monitoring;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.creddesk.domain.monitoring.ExclusionRecord;
import org.creddesk.domain.monitoring.ListSource;

/**
 * SAM.gov exclusions as CSV, found by header name so column order and the extract's versions (DUNS or Unique
 * Entity ID) do not matter: the public extract (31 columns, MM/DD/YYYY dates, "Indefinite" termination) and the
 * Exclusions API CSV response (ueiSAM, npi, firstName, ..., entityName; the literal {@code null} for empty).
 */
final class SamLayout implements ListLayout {
    static final List<String> EXTRACT_REQUIRED = List.of("Classification", "Name", "First", "Middle", "Last",
            "State / Province", "Exclusion Type", "Active Date", "Termination Date", "NPI");
    static final List<String> API_REQUIRED = List.of("npi", "firstName", "middleName", "lastName",
            "entityName (or name)");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Map<String, Integer> index;
    private final boolean api;
    private final int width;

    private SamLayout(Map<String, Integer> index, boolean api, int width) {
        this.index = index;
        this.api = api;
        this.width = width;
    }

    /** The layout for this header, or null when it is neither SAM layout. */
    static SamLayout forHeader(List<String> header) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(key(header.get(i)), i);
        }
        if (EXTRACT_REQUIRED.stream().allMatch(c -> index.containsKey(key(c)))) {
            return new SamLayout(index, false, header.size());
        }
        if (List.of("npi", "firstName", "middleName", "lastName").stream().allMatch(c -> index.containsKey(key(c)))
                && (index.containsKey(key("entityName")) || index.containsKey(key("name")))) {
            // The API layouts name the address columns with or without an "exclusionPrimaryAddress:" prefix.
            for (String column : List.copyOf(index.keySet())) {
                if (column.startsWith("exclusionprimaryaddress:")) {
                    index.putIfAbsent(column.substring("exclusionprimaryaddress:".length()), index.get(column));
                }
            }
            index.putIfAbsent(key("entityName"), index.get(key("name")));
            return new SamLayout(index, true, header.size());
        }
        return null;
    }

    private static String key(String column) {
        return column.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public ListSource source() {
        return ListSource.SAM;
    }

    @Override
    public String description() {
        return api ? "SAM.gov Exclusions API CSV" : "SAM.gov exclusions extract";
    }

    @Override
    public ExclusionRecord map(List<String> f, long line) throws RowProblem {
        if (f.size() < width) {
            throw new RowProblem("Line " + line + ": " + f.size() + " fields, expected " + width);
        }
        String first = cell(f, api ? "firstName" : "First");
        String last = cell(f, api ? "lastName" : "Last");
        String name = cell(f, api ? "entityName" : "Name");
        String classification = cell(f, api ? "classificationType" : "Classification");
        boolean business = classification != null ? !"individual".equalsIgnoreCase(classification)
                : first == null && last == null && name != null;
        if (api) {
            return new ExclusionRecord(ListSource.SAM, last, first, cell(f, "middleName"), business ? name : null,
                    business, cell(f, "npi"), null, cell(f, "addressLine1"), cell(f, "city"),
                    cell(f, "stateOrProvinceCode"), cell(f, "zipCode"), cell(f, "excludingAgencyName"),
                    cell(f, "exclusionProgram"), cell(f, "exclusionType"), null, null, null);
        }
        String type = cell(f, "Exclusion Type");
        return new ExclusionRecord(ListSource.SAM, last, first, cell(f, "Middle"), business ? name : null, business,
                cell(f, "NPI"), null, cell(f, "Address 1"), cell(f, "City"), cell(f, "State / Province"),
                cell(f, "Zip Code"), cell(f, "Excluding Agency"), cell(f, "Exclusion Program"), type,
                date(f, "Active Date", line), null, date(f, "Termination Date", line));
    }

    private String cell(List<String> f, String column) {
        Integer i = index.get(key(column));
        return i == null || i >= f.size() ? null : ListLayout.clean(f.get(i));
    }

    private LocalDate date(List<String> f, String column, long line) throws RowProblem {
        String s = cell(f, column);
        if (s == null || "indefinite".equalsIgnoreCase(s)) {
            return null;
        }
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(s); // a date cell of a workbook, already ISO
        }
        try {
            return LocalDate.parse(s, DATE);
        } catch (DateTimeParseException e) {
            throw new RowProblem("Line " + line + ", column '" + column + "': '" + s + "' is not a date (MM/DD/YYYY)");
        }
    }
}
