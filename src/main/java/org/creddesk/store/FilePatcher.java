package org.creddesk.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;

/** Applies one pulled change (stored text forms) to a provider file in memory; the writer then diffs and logs it. */
final class FilePatcher {
    private FilePatcher() {
    }

    /** The file after the change; {@code file} may be null only for the provider's own CREATE. */
    static ProviderFile apply(ProviderFile file, EntityType<?> type, String entityId, String providerId,
                              String action, Map<String, String> values) {
        if (type == ProviderSchema.PROVIDER) {
            if (file == null) {
                return ProviderFile.of(ProviderSchema.PROVIDER.fromTexts(entityId, null, values));
            }
            // A provider file is retired, never deleted, on a desktop: a provider DELETE has no local meaning.
            return "DELETE".equals(action) ? file
                    : file.withProvider(ProviderSchema.PROVIDER.patched(file.provider(), values));
        }
        return child(file, type, entityId, providerId, action, values);
    }

    private static <T extends Record> ProviderFile child(ProviderFile file, EntityType<T> type, String entityId,
                                                         String providerId, String action, Map<String, String> values) {
        List<T> rows = new ArrayList<>(type.of(file));
        int at = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (type.id(rows.get(i)).equals(entityId)) {
                at = i;
            }
        }
        if ("DELETE".equals(action)) {
            if (at >= 0) {
                rows.remove(at);
            }
        } else if (at >= 0) {
            rows.set(at, type.patched(rows.get(at), values));
        } else if ("UPDATE".equals(action)) {
            // Gone here (deleted on this desktop and pushed): the server's answer to that delete brings it back
            // or confirms it; a partial update cannot make a whole record.
            return file;
        } else {
            rows.add(type.fromTexts(entityId, providerId, values));
        }
        return ChildLists.with(type, file, rows);
    }

    static String npiOf(ProviderFile f) {
        Provider p = f.provider();
        return p.npi();
    }
}
