package org.creddesk.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Binds a row of values to a batched statement with the typed setters (the generic setObject costs more). */
final class Binds {
    private Binds() {
    }

    static void row(PreparedStatement st, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof String s) {
                st.setString(i + 1, s);
            } else if (v == null) {
                st.setNull(i + 1, Types.VARCHAR);
            } else if (v instanceof Integer n) {
                st.setInt(i + 1, n);
            } else if (v instanceof Long n) {
                st.setLong(i + 1, n);
            } else {
                st.setObject(i + 1, v);
            }
        }
    }
}
