package org.creddesk.app;

import java.util.List;
import org.creddesk.domain.ProviderSummary;
import org.creddesk.provider.NotFoundException;
import org.creddesk.store.ProviderSort;

/**
 * Which providers a roster export lists: every active provider, those a search finds, a group (its group NPI or
 * TIN), or the providers enrolled with a payer. The window and the CLI resolve it the same way.
 */
public record ExportSelection(Kind kind, String value) {
    public enum Kind { ALL, SEARCH, GROUP, ENROLLED_WITH }

    public static final ExportSelection ALL = new ExportSelection(Kind.ALL, null);

    public ExportSelection {
        if (kind != Kind.ALL && (value == null || value.isBlank())) {
            throw new IllegalArgumentException("An export of " + kind.name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ') + " needs a value");
        }
    }

    /** The payer whose network dates the export shows, when the selection names one. */
    public String payer() {
        return kind == Kind.ENROLLED_WITH ? value : null;
    }

    /** The provider ids, in name order. Throws {@link NotFoundException} for an unknown payer. */
    public List<String> providerIds(AppContext app) {
        return switch (kind) {
            case ALL -> app.providerRepository().activeIds();
            case SEARCH -> app.providers().search(value, false, ProviderSort.NAME, 0, Integer.MAX_VALUE).stream()
                    .map(ProviderSummary::id).toList();
            case GROUP -> app.providerRepository().activeIdsInGroup(value);
            case ENROLLED_WITH -> PayerProviders.activeEnrolledWith(app, value);
        };
    }
}
