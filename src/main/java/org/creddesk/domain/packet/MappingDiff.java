package org.creddesk.domain.packet;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How a new version of a form differs from the one a mapping was made for: mapped fields that vanished (their
 * data would no longer reach the form) and fields that appeared (not mapped yet).
 */
public record MappingDiff(List<String> vanished, List<String> appeared) {
    public static MappingDiff between(Set<String> oldFields, Map<String, String> mapping, FormDescription newForm) {
        Set<String> now = newForm.fields().stream().map(FormField::name).collect(Collectors.toSet());
        List<String> vanished = new TreeSet<>(mapping.keySet()).stream().filter(f -> !now.contains(f)).toList();
        List<String> appeared = new TreeSet<>(now).stream().filter(f -> !oldFields.contains(f)).toList();
        return new MappingDiff(vanished, appeared);
    }

    public boolean isEmpty() {
        return vanished.isEmpty() && appeared.isEmpty();
    }
}
