package org.creddesk.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which fields of a synced record belong together. Two unaware edits of different groups of one record both
 * apply; two unaware edits of one group that disagree become a conflict (a practice address is one thing: a new
 * street from one desk and a new city from another must not be mixed into an address nobody typed). A field not
 * listed is a group of its own, named after the field. {@link #RECORD} stands for the record's existence (an edit
 * of a record someone deleted).
 */
public final class FieldGroups {
    public static final String RECORD = "_record";

    private static final Map<String, List<List<String>>> GROUPS = Map.of(
            "provider", List.of(List.of("firstName", "middleName", "lastName", "suffix")),
            "other_name", List.of(List.of("lastName", "firstName", "middleName")),
            "practice_location", List.of(List.of("address", "city", "state", "zip")),
            "license", List.of(List.of("number", "state")),
            "dea_registration", List.of(List.of("number", "state")),
            "malpractice_policy", List.of(List.of("carrier", "policyNumber")),
            "document", List.of(List.of("fileName", "mediaType", "sha256", "size")));

    private FieldGroups() {
    }

    /** The group a field of an entity belongs to. */
    public static String groupOf(String entity, String field) {
        for (List<String> group : GROUPS.getOrDefault(entity, List.of())) {
            if (group.contains(field)) {
                return group.get(0) + "+";
            }
        }
        return field;
    }

    /** The fields of a group (for a single-field group, that field). */
    public static List<String> fieldsOf(String entity, String group) {
        for (List<String> g : GROUPS.getOrDefault(entity, List.of())) {
            if ((g.get(0) + "+").equals(group)) {
                return g;
            }
        }
        return List.of(group);
    }

    /** The groups that some fields of an entity touch, in the fields' order. */
    public static Set<String> groupsOf(String entity, Collection<String> fields) {
        Set<String> result = new LinkedHashSet<>();
        for (String f : fields) {
            result.add(groupOf(entity, f));
        }
        return result;
    }
}
