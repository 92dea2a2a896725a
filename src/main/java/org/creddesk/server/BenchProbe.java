package org.creddesk.server;

/**
 * Baselines for {@code creddesk bench sync}: the same rows a pull returns, read with plain JDBC (no HTTP, no JSON,
 * no SQLite), so the first-sync figure can be given as a ratio measured in the same run.
 */
public final class BenchProbe {
    private BenchProbe() {
    }

    /** Reads every change row of a team through JDBC, touching each column; returns rows read. */
    public static long plainRead(ServerDatabase db, String team) {
        String teamId = new TeamAdmin(db).teamId(team).orElseThrow();
        return db.jdbi().withHandle(h -> {
            java.sql.Connection c = h.getConnection();
            try (var st = c.prepareStatement("SELECT seq, entity, entity_id, provider_id, action, changes::text, outcome, "
                    + "user_name, device_name, client_at FROM change WHERE team_id = ? ORDER BY seq")) {
                st.setFetchSize(5000);
                st.setString(1, teamId);
                long n = 0;
                long chars = 0;
                c.setAutoCommit(false);
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        for (int i = 1; i <= 10; i++) {
                            String v = rs.getString(i);
                            chars += v == null ? 0 : v.length();
                        }
                        n++;
                    }
                }
                c.commit();
                c.setAutoCommit(true);
                return chars >= 0 ? n : -1;
            } catch (java.sql.SQLException e) {
                throw new ServerException("bench read failed: " + e.getMessage(), e);
            }
        });
    }
}
