package org.creddesk.server;

/** Who is asking: an enrolled, unrevoked device of a user of one team. */
public record Principal(String teamId, String userId, String user, Role role, String deviceId, String deviceName) {
}
