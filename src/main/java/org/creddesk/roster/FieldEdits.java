package org.creddesk.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.creddesk.domain.ProviderFile;

/**
 * Edits of a provider file named by the same field keys rosters, mappings and exports use
 * ({@code licenseExpires=2027-05-31}): the values are read as a roster cell is (dates in any common form, NPIs
 * checked), and the credential a field belongs to is chosen as for a roster row (a license by its state or number).
 * Used by {@code providers set}; the caller saves through the provider service, so validation, provenance and the
 * change log are the window's.
 */
public final class FieldEdits {
    private final ProviderMapper mapper;
    private final ValueNormalizer normalizer;

    public FieldEdits(Clock clock) {
        this.mapper = new ProviderMapper(clock);
        this.normalizer = new ValueNormalizer(LocalDate.now(clock));
    }

    /** The fields {@code providers set} takes, by key. */
    public static List<String> keys() {
        return Arrays.stream(RosterField.values()).filter(f -> !f.isMembership() && f != RosterField.ACTION)
                .map(RosterField::key).toList();
    }

    /**
     * Applies {@code FIELD=VALUE} assignments (an empty value clears the field) to a copy of the file. Throws
     * {@link IllegalArgumentException} naming the first assignment that is not a known field or not a valid value.
     */
    public ProviderFile apply(ProviderFile file, List<String> assignments) {
        Map<RosterField, String> values = new EnumMap<>(RosterField.class);
        List<String> problems = new ArrayList<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            RosterField field = eq <= 0 ? null : RosterField.forKey(a.substring(0, eq)).orElse(null);
            if (field == null || field.isMembership() || field == RosterField.ACTION) {
                throw new IllegalArgumentException("'" + a + "' is not FIELD=VALUE with a known field; fields: "
                        + String.join(", ", keys()));
            }
            String raw = a.substring(eq + 1);
            CellValue v = normalizer.normalize(field, raw);
            if (!v.isValid()) {
                problems.add(field.key() + ": " + v.problem());
            }
            values.put(field, v.value());
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return mapper.apply(file, new RosterRow(0, selectors(values)), values);
    }

    /** The values that pick the record (a license's state or number...): cleared fields select nothing. */
    private static Map<RosterField, String> selectors(Map<RosterField, String> values) {
        return values.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                        () -> new EnumMap<>(RosterField.class)));
    }
}
