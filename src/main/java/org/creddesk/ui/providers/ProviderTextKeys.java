package org.creddesk.ui.providers;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.creddesk.domain.ProviderStatus;

/**
 * The bundle keys this screen builds at run time (field labels, section titles, statuses), so the i18n check
 * can count them as used without guessing from string fragments.
 */
public final class ProviderTextKeys {
    private ProviderTextKeys() {
    }

    public static Set<String> builtAtRunTime() {
        Set<String> keys = new TreeSet<>();
        ProviderFields.all().forEach(f -> keys.add(RecordFields.labelKey(f)));
        for (ChildSection<?> s : ChildSections.ALL) {
            keys.add(s.titleKey());
            s.fields().editable().forEach(f -> keys.add(RecordFields.labelKey(f)));
        }
        Arrays.stream(ProviderStatus.values()).forEach(s -> keys.add("providers.status." + s.name()));
        return keys;
    }
}
