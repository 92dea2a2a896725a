package org.creddesk.store;

import org.creddesk.domain.ProviderFile;
import org.jdbi.v3.core.Handle;

/**
 * Work done in the same transaction as a provider save, such as refreshing derived deadlines. A listener may
 * queue rows in {@link #saved} and write them in {@link #flush}, which runs once per save, after the provider rows.
 */
@FunctionalInterface
public interface ProviderSaveListener {
    void saved(Handle handle, ProviderFile saved, ProviderFile previous);

    default void flush(Handle handle) {
    }
}
