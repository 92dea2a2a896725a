package org.creddesk.store;

import org.creddesk.domain.ProviderFile;
import org.jdbi.v3.core.Handle;

/** Work done in the same transaction as a provider save, such as refreshing derived deadlines. */
@FunctionalInterface
public interface ProviderSaveListener {
    void saved(Handle handle, ProviderFile saved, ProviderFile previous);
}
