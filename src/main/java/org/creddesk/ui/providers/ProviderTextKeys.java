package org.creddesk.ui.providers;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.creddesk.domain.Document;
import org.creddesk.domain.ProviderStatus;

/**
 * The bundle keys this screen builds at run time (field labels, section titles, statuses), so the i18n check
 * can count them as used without guessing from string fragments.
 */
public final class ProviderTextKeys {
    static final String ENTITY_PREFIX = "providers.entity.";
    /** The record names the change log uses for the parts of a provider file. */
    private static final List<String> ENTITIES = List.of("provider", "other_name", "provider_taxonomy", "license",
            "dea_registration", "board_certification", "education", "work_history", "affiliation",
            "malpractice_policy", "malpractice_claim", "practice_location", "medicaid_id", "document",
            // and the credentialing work on the file
            "checklist", "checklist_item", "verification", "credentialing_decision", "enrollment",
            "enrollment_transition", "follow_up", "deadline", "screening_hit",
            // lifecycle and contracts (issue 14)
            "provider_stage_move", "contract");

    private ProviderTextKeys() {
    }

    public static Set<String> builtAtRunTime() {
        Set<String> keys = new TreeSet<>();
        ProviderFields.all().forEach(f -> keys.add(RecordFields.labelKey(f)));
        for (ChildSection<?> s : ChildSections.ALL) {
            keys.add(s.titleKey());
            s.fields().editable().forEach(f -> keys.add(RecordFields.labelKey(f)));
        }
        new RecordFields<>(Document.class).editable().forEach(f -> keys.add(RecordFields.labelKey(f)));
        ENTITIES.forEach(e -> keys.add(ENTITY_PREFIX + e));
        Arrays.stream(ProviderStatus.values()).forEach(s -> keys.add("providers.status." + s.name()));
        return keys;
    }
}
