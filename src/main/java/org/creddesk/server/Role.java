package org.creddesk.server;

import java.util.Arrays;

/** What a team member may do; the server checks it on every request, the desktop only mirrors it. */
public enum Role {
    COORDINATOR("coordinator"), MANAGER("manager"), READ_ONLY("read-only"), AUDITOR("auditor");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Role of(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equalsIgnoreCase(code)).findFirst()
                .orElseThrow(() -> new ServerException(400, "'" + code
                        + "' is not a role: use coordinator, manager, read-only or auditor"));
    }

    public boolean writes() {
        return this == COORDINATOR || this == MANAGER;
    }

    public boolean manages() {
        return this == MANAGER;
    }

    public boolean readsAudit() {
        return this == AUDITOR || this == MANAGER;
    }
}
