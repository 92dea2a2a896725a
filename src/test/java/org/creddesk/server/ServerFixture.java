package org.creddesk.server;

import org.creddesk.sync.SyncClient;
import org.creddesk.sync.Wire;

/** A team server on a fresh database, listening on a free loopback port. */
public final class ServerFixture implements AutoCloseable {
    public final String jdbcUrl;
    public final ServerDatabase db;
    public final SyncServer server;
    public final TeamAdmin admin;

    public ServerFixture() {
        this(TestPostgres.newDatabase());
    }

    public ServerFixture(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
        this.db = TestPostgres.open(jdbcUrl);
        this.server = new SyncServer(db).start(new SyncServer.Options("127.0.0.1", 0, null, null));
        this.admin = new TeamAdmin(db);
    }

    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** A device token for a new user of the team (made when missing) with the role. */
    public Wire.EnrolResult enrol(String team, String user, Role role) {
        if (admin.teamId(team).isEmpty()) {
            admin.addTeam(team);
        }
        String code = admin.addUser(team, user, role);
        return new SyncClient(url(), null).enrol(code, user + "-pc");
    }

    @Override
    public void close() {
        server.close();
        db.close();
    }
}
