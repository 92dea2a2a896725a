package org.creddesk.store;

import java.nio.file.Path;

/** Lets tests of other packages damage a real database file the way {@link StoreFailuresTest} does. */
public final class StoreFailuresTestAccess {
    private StoreFailuresTestAccess() {
    }

    public static void damage(Path file, String table) throws Exception {
        StoreFailuresTest.damage(file, table);
    }
}
