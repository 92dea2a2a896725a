package org.creddesk.ui.providers;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.creddesk.domain.ProviderFile;

/**
 * One list of the provider file (licenses, DEA registrations...): how to read and replace it, the validator's
 * path for it ({@code licenses}), and the fields shown as table columns.
 */
public record ChildSection<T extends Record>(String path, RecordFields<T> fields, List<String> columns,
                                             Function<ProviderFile, List<T>> getter,
                                             BiFunction<ProviderFile, List<T>, ProviderFile> setter) {

    public static <T extends Record> ChildSection<T> of(String path, Class<T> type,
                                                        Function<ProviderFile, List<T>> getter,
                                                        BiFunction<ProviderFile, List<T>, ProviderFile> setter,
                                                        String... columns) {
        return new ChildSection<>(path, new RecordFields<>(type), List.of(columns), getter, setter);
    }

    public String titleKey() {
        return "providers.section." + path;
    }

    /** The validator's prefix for row {@code index}: {@code licenses[2].}. */
    public String rowPrefix(int index) {
        return path + "[" + index + "].";
    }

    @SuppressWarnings("unchecked")
    public ProviderFile replace(ProviderFile file, List<? extends Record> rows) {
        return setter.apply(file, (List<T>) rows);
    }
}
