package org.creddesk.roster;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.creddesk.domain.CleanText;
import org.creddesk.domain.TaxonomyDescriptions;

/**
 * Reads one data row through the mapping: normalizes every mapped cell, drops bad cells with a warning,
 * rejects rows that cannot be matched or stored (a bad NPI or name rejects the row with its own reason), and
 * skips blank and footer rows silently. A cell the reader flagged ({@link CellFlaw}) counts as a bad cell.
 */
public final class RowParser {
    private static final Pattern FOOTER = Pattern.compile(
            "^(grand )?(total|totals|count|sum|end of|generated|report|number of|record count|row count)\\b.*",
            Pattern.CASE_INSENSITIVE);

    /** Without a readable value in one of these the row cannot be matched or stored. */
    private static final java.util.Set<RosterField> KEY_FIELDS = java.util.EnumSet.of(RosterField.NPI,
            RosterField.LAST_NAME, RosterField.FIRST_NAME);

    /** Distinct values remembered per column: enough for dates, states, flags, cities; unique ids just miss. */
    private static final int MEMO_PER_COLUMN = 4096;

    private final ColumnMapping mapping;
    private final ValueNormalizer normalizer;
    private final TaxonomyDescriptions taxonomyCodes;
    private final int[] keyColumns;
    private final Map<MemoSlot, Memo> memo = new java.util.HashMap<>();

    /** The same text normalizes differently by what the cell held ("45000" in a number cell is a date serial). */
    private record MemoSlot(int column, CellKind kind) {
    }

    /** One column's remembered values; it stops remembering when most values are new (license numbers, ZIPs). */
    private static final class Memo {
        final Map<String, CellValue> values = new java.util.HashMap<>();
        int hits;
        int misses;
        boolean off;
    }

    public RowParser(ColumnMapping mapping, ValueNormalizer normalizer) {
        this(mapping, normalizer, TaxonomyDescriptions.none());
    }

    /** {@code taxonomyCodes}: the code set in force; a code it does not know is kept with a warning. */
    public RowParser(ColumnMapping mapping, ValueNormalizer normalizer, TaxonomyDescriptions taxonomyCodes) {
        this.mapping = mapping;
        this.normalizer = normalizer;
        this.taxonomyCodes = taxonomyCodes;
        this.keyColumns = java.util.stream.Stream.of(RosterField.NPI, RosterField.LAST_NAME, RosterField.FIRST_NAME)
                .map(mapping::columnOf).filter(java.util.Optional::isPresent).mapToInt(java.util.Optional::get).toArray();
    }

    /** What became of a row: skipped, rejected (with the issue) or read (with its warnings). */
    public record Parsed(RosterRow row, RowIssue rejection, List<RowIssue> warnings) {
        static final Parsed SKIPPED = new Parsed(null, null, List.of());

        public boolean skipped() {
            return row == null && rejection == null;
        }
    }

    private static java.util.Optional<String> flaw(SheetRow row, int column) {
        for (CellFlaw f : row.flaws()) {
            if (f.column() == column) {
                return java.util.Optional.of(f.message());
            }
        }
        return java.util.Optional.empty();
    }

    /** The cell of a field as the file wrote it (stripped), or null: what a rejected row shows so a person knows whose it was. */
    public String rawCell(SheetRow row, RosterField field) {
        return mapping.columnOf(field).map(row::cell).map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
    }

    /** "Last, First" from the row's own cells, or whichever of the two is there, or null. */
    public String rawName(SheetRow row) {
        String last = rawCell(row, RosterField.LAST_NAME);
        String first = rawCell(row, RosterField.FIRST_NAME);
        if (last == null || first == null) {
            return last == null ? first : last;
        }
        return last + ", " + first;
    }

    public String headerOf(RosterField field) {
        return mapping.headerOf(field);
    }

    public Parsed parse(SheetRow sheetRow) {
        if (sheetRow.isBlank() || isFooter(sheetRow)) {
            return Parsed.SKIPPED;
        }
        Map<RosterField, String> values = new EnumMap<>(RosterField.class);
        List<RowIssue> warnings = new ArrayList<>();
        RowIssue rejection = null;
        for (Map.Entry<Integer, RosterField> e : mapping.columns().entrySet()) {
            RosterField field = e.getValue();
            int column = e.getKey();
            String raw = sheetRow.cell(column);
            CellValue v = flaw(sheetRow, column).map(CellValue::invalid)
                    .orElseGet(() -> normalize(column, field, raw, sheetRow.kind(column)));
            if (v.value() != null) {
                values.put(field, v.value());
                if (field == RosterField.TAXONOMY) {
                    taxonomyCodes.warning(v.value()).ifPresent(w -> warnings.add(new RowIssue(sheetRow.number(),
                            mapping.header(column), CleanText.visible(raw.strip()), w)));
                }
            } else if (!v.isValid()) {
                RowIssue issue = new RowIssue(sheetRow.number(), mapping.header(column),
                        raw == null ? "" : CleanText.visible(raw.strip()), v.problem());
                if (KEY_FIELDS.contains(field) && rejection == null) {
                    rejection = issue;
                } else {
                    warnings.add(issue);
                }
            }
        }
        if (rejection != null) {
            return new Parsed(null, rejection, warnings);
        }
        RowIssue missing = missingRequired(sheetRow.number(), values);
        if (missing != null) {
            return new Parsed(null, missing, warnings);
        }
        return new Parsed(new RosterRow(sheetRow.number(), values), null, warnings);
    }

    /**
     * The normalized cell, remembered per column and cell kind: a 100,000-row roster repeats its dates, states,
     * cities and flags thousands of times, and parsing a date tries several forms (a third of the parse time
     * before this memo). The normalizer is pure given field, text and kind, and a column keeps its field.
     */
    private CellValue normalize(int column, RosterField field, String raw, CellKind kind) {
        if (raw == null || !worthRemembering(field.kind())) {
            return normalizer.normalize(field, raw, kind);
        }
        Memo m = memo.computeIfAbsent(new MemoSlot(column, kind), k -> new Memo());
        if (m.off) {
            return normalizer.normalize(field, raw, kind);
        }
        CellValue v = m.values.get(raw);
        if (v != null) {
            m.hits++;
            return v;
        }
        v = normalizer.normalize(field, raw, kind);
        m.misses++;
        if (m.values.size() < MEMO_PER_COLUMN) {
            m.values.put(raw, v);
        } else if (m.hits < m.misses) {
            m.off = true;
            m.values.clear();
        }
        return v;
    }

    /** Kinds whose normalizing costs more than a map lookup (date forms, patterns); text and names do not. */
    private static boolean worthRemembering(FieldKind kind) {
        return switch (kind) {
            case DATE, STATE, FLAG, ZIP, PHONE, TIN, TAXONOMY, ACTION -> true;
            default -> false;
        };
    }

    /** Last and first name always; the NPI unless a date of birth allows matching by name. */
    private RowIssue missingRequired(int number, Map<RosterField, String> values) {
        for (RosterField f : List.of(RosterField.LAST_NAME, RosterField.FIRST_NAME)) {
            if (!values.containsKey(f)) {
                return missing(number, f);
            }
        }
        if (!values.containsKey(RosterField.NPI) && !values.containsKey(RosterField.DATE_OF_BIRTH)) {
            return missing(number, RosterField.NPI);
        }
        return null;
    }

    private RowIssue missing(int number, RosterField f) {
        String header = mapping.headerOf(f);
        return new RowIssue(number, header, null, "Missing required field '" + header + "'");
    }

    /** "Total providers: 40" and similar lines under the data: no name, no NPI, and a summary wording. */
    private boolean isFooter(SheetRow row) {
        for (int column : keyColumns) {
            String v = ValueNormalizer.clean(row.cell(column));
            if (v != null && !FOOTER.matcher(v).matches() && !v.toLowerCase(Locale.ROOT).startsWith("total")) {
                return false;
            }
        }
        String first = row.cells().stream().map(ValueNormalizer::clean).filter(s -> s != null).findFirst().orElse("");
        return FOOTER.matcher(first).matches() || row.filledCells() <= 1;
    }
}
