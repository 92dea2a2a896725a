package org.creddesk.domain;

/** How long work reports progress and learns it was cancelled; the UI binds it to a progress bar. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total, String message);

    boolean isCancelled();

    /** Throws {@link CancelledException} when the person cancelled; call it between units of work. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** Work stopped because the person cancelled it; whatever it was writing is rolled back. */
    final class CancelledException extends RuntimeException {
        public CancelledException() {
            super("Cancelled");
        }
    }
}
