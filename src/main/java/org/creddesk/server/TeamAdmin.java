package org.creddesk.server;

import java.util.List;
import java.util.Optional;
import org.creddesk.domain.Ids;
import org.creddesk.sync.Wire;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Teams, users, enrolment codes and devices. A code is shown once and stored as a hash; exchanging it gives a
 * device its token, of which also only the hash is kept. Revoking a user revokes its devices.
 */
public final class TeamAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(TeamAdmin.class);
    private final Jdbi jdbi;

    public TeamAdmin(ServerDatabase db) {
        this.jdbi = db.jdbi();
    }

    public String addTeam(String name) {
        requireName(name, "team");
        return jdbi.inTransaction(h -> {
            if (h.createQuery("SELECT count(*) FROM team WHERE name = ?").bind(0, name).mapTo(Integer.class).one() > 0) {
                throw new ServerException(409, "A team named '" + name + "' exists already");
            }
            String id = Ids.newId();
            h.execute("INSERT INTO team (id, name) VALUES (?, ?)", id, name);
            LOG.info("team {} added", id);
            return id;
        });
    }

    /** {@code server init}: the team (made when missing) and its first manager; returns the one-time code. */
    public String init(String team, String admin) {
        if (teamId(team).isEmpty()) {
            addTeam(team);
        }
        return addUser(team, admin, Role.MANAGER);
    }

    public Optional<String> teamId(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM team WHERE name = ?").bind(0, name)
                .mapTo(String.class).findOne());
    }

    public String teamName(String teamId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT name FROM team WHERE id = ?").bind(0, teamId)
                .mapTo(String.class).one());
    }

    /** Adds a user and returns its one-time enrolment code. */
    public String addUser(String team, String user, Role role) {
        requireName(user, "user");
        String teamId = teamId(team).orElseThrow(() -> new ServerException(404, "No team named '" + team + "'"));
        return jdbi.inTransaction(h -> {
            if (h.createQuery("SELECT count(*) FROM app_user WHERE name = ?").bind(0, user).mapTo(Integer.class)
                    .one() > 0) {
                throw new ServerException(409, "A user named '" + user + "' exists already");
            }
            String userId = Ids.newId();
            h.execute("INSERT INTO app_user (id, team_id, name, role) VALUES (?, ?, ?, ?)", userId, teamId, user,
                    role.code());
            String code = Tokens.newCode();
            h.execute("INSERT INTO enrolment_code (code_hash, user_id) VALUES (?, ?)",
                    Tokens.hash(Tokens.normalizeCode(code)), userId);
            LOG.info("user {} added to team {} as {}", userId, teamId, role.code());
            return code;
        });
    }

    /** Revokes a user of the team (null: any team, for the server's own CLI) and all its devices at once. */
    public void revokeUser(String teamIdOrNull, String user) {
        int n = jdbi.inTransaction(h -> {
            Optional<String> id = h.createQuery("SELECT id FROM app_user WHERE name = ? AND (? IS NULL OR team_id = ?)")
                    .bind(0, user).bind(1, teamIdOrNull).bind(2, teamIdOrNull).mapTo(String.class).findOne();
            if (id.isEmpty()) {
                return 0;
            }
            h.execute("UPDATE app_user SET revoked_at = now() WHERE id = ? AND revoked_at IS NULL", id.get());
            h.execute("UPDATE device SET revoked_at = now() WHERE user_id = ? AND revoked_at IS NULL", id.get());
            h.execute("UPDATE enrolment_code SET used_at = now() WHERE user_id = ? AND used_at IS NULL", id.get());
            LOG.info("user {} revoked", id.get());
            return 1;
        });
        if (n == 0) {
            throw new ServerException(404, "No user named '" + user + "'" + (teamIdOrNull == null ? "" : " in this team"));
        }
    }

    public List<Wire.DeviceInfo> devices(String teamIdOrNull) {
        return jdbi.withHandle(h -> h.createQuery("SELECT d.id, u.name, d.name, d.created_at::text, d.last_seen_at::text, "
                        + "d.revoked_at::text FROM device d JOIN app_user u ON u.id = d.user_id "
                        + "WHERE (? IS NULL OR u.team_id = ?) ORDER BY d.created_at")
                .bind(0, teamIdOrNull).bind(1, teamIdOrNull)
                .map((rs, ctx) -> new Wire.DeviceInfo(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6))).list());
    }

    public void revokeDevice(String teamIdOrNull, String deviceId) {
        int n = jdbi.withHandle(h -> h.execute("UPDATE device SET revoked_at = coalesce(revoked_at, now()) WHERE id = ? "
                + "AND (? IS NULL OR user_id IN (SELECT id FROM app_user WHERE team_id = ?))", deviceId, teamIdOrNull,
                teamIdOrNull));
        if (n == 0) {
            throw new ServerException(404, "No device " + deviceId + (teamIdOrNull == null ? "" : " in this team"));
        }
        LOG.info("device {} revoked", deviceId);
    }

    /** Exchanges a one-time code for a device token. */
    public Wire.EnrolResult enrol(String code, String deviceName) {
        String hash = Tokens.hash(Tokens.normalizeCode(code));
        return jdbi.inTransaction(h -> {
            var row = h.createQuery("SELECT u.id, u.name, u.role, t.name FROM enrolment_code c "
                            + "JOIN app_user u ON u.id = c.user_id JOIN team t ON t.id = u.team_id "
                            + "WHERE c.code_hash = ? AND c.used_at IS NULL AND u.revoked_at IS NULL FOR UPDATE OF c")
                    .bind(0, hash).map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4)}).findOne()
                    .orElseThrow(() -> new ServerException(401,
                            "This enrolment code is not valid (already used, revoked or mistyped)"));
            h.execute("UPDATE enrolment_code SET used_at = now() WHERE code_hash = ?", hash);
            String deviceId = Ids.newId();
            String token = Tokens.newToken();
            String name = deviceName == null || deviceName.isBlank() ? "desktop" : deviceName.strip();
            h.execute("INSERT INTO device (id, user_id, name, token_hash) VALUES (?, ?, ?, ?)", deviceId, row[0],
                    name, Tokens.hash(token));
            LOG.info("device {} enrolled for user {}", deviceId, row[0]);
            return new Wire.EnrolResult(deviceId, token, row[1], row[3], row[2]);
        });
    }

    /** The device and user behind a token, when neither is revoked. */
    public Optional<Principal> authenticate(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT u.team_id, u.id, u.name, u.role, d.id, d.name FROM device d "
                        + "JOIN app_user u ON u.id = d.user_id WHERE d.token_hash = ? AND d.revoked_at IS NULL "
                        + "AND u.revoked_at IS NULL")
                .bind(0, Tokens.hash(token))
                .map((rs, ctx) -> new Principal(rs.getString(1), rs.getString(2), rs.getString(3),
                        Role.of(rs.getString(4)), rs.getString(5), rs.getString(6))).findOne());
    }

    /** A new token for the asking device; the old one stops working in the same transaction. */
    public String rotate(Principal who) {
        String token = Tokens.newToken();
        jdbi.useHandle(h -> h.execute("UPDATE device SET token_hash = ?, last_seen_at = now() WHERE id = ?",
                Tokens.hash(token), who.deviceId()));
        return token;
    }

    private static void requireName(String name, String what) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new ServerException(400, "A " + what + " needs a name of 1 to 100 characters");
        }
    }
}
