package org.creddesk.sync;

/** The protocol version both sides speak, and the sentence an outdated desktop gets. */
public final class Protocol {
    /** Sent by the desktop on every request. */
    public static final String HEADER = "CredDesk-Protocol";
    public static final int VERSION = 1;
    /** The oldest protocol this build's server still accepts, and the first CredDesk that spoke it. */
    public static final int MIN_SUPPORTED = 1;
    public static final String MIN_CLIENT_VERSION = "0.1";
    public static final String APP_VERSION = "0.1";

    private Protocol() {
    }

    public static String needsNewer(String minClientVersion) {
        return "CredDesk " + minClientVersion + " or newer is needed to sync with this server";
    }
}
