package org.creddesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creddesk.domain.monitoring.ExclusionRecord;
import org.creddesk.domain.monitoring.ListSource;

/** Column and JSON forms of an {@link ExclusionRecord}: the list table's row and the hit's evidence snapshot. */
final class ExclusionRows {
    static final String COLUMNS = "last_name, first_name, middle_name, business_name, is_business, npi, dob, address, "
            + "city, state, zip, general, specialty, exclusion_type, exclusion_date, reinstated_on, termination_date";
    static final int COLUMN_COUNT = 17;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };
    private static final List<String> FIELDS = List.of("lastName", "firstName", "middleName", "businessName",
            "business", "npi", "dateOfBirth", "address", "city", "state", "zip", "general", "specialty",
            "exclusionType", "exclusionDate", "reinstatedOn", "terminationDate");

    private ExclusionRows() {
    }

    /** Binds the 17 data columns starting at parameter {@code first}. */
    static void bind(PreparedStatement ps, int first, ExclusionRecord r) throws SQLException {
        String[] v = values(r);
        for (int i = 0; i < v.length; i++) {
            if (i == 4) {
                ps.setInt(first + i, r.business() ? 1 : 0);
            } else {
                ps.setString(first + i, v[i]);
            }
        }
    }

    /** Reads the 17 data columns starting at column {@code first}. */
    static ExclusionRecord read(ListSource source, ResultSet rs, int first) throws SQLException {
        String[] v = new String[COLUMN_COUNT];
        for (int i = 0; i < COLUMN_COUNT; i++) {
            v[i] = rs.getString(first + i);
        }
        v[4] = rs.getInt(first + 4) != 0 ? "true" : "false";
        return fromValues(source, v);
    }

    static String toJson(ExclusionRecord r) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("source", r.source().name());
        String[] v = values(r);
        for (int i = 0; i < v.length; i++) {
            map.put(FIELDS.get(i), v[i]);
        }
        try {
            return JSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ExclusionRecord fromJson(String json) {
        try {
            Map<String, String> map = JSON.readValue(json, MAP);
            String[] v = FIELDS.stream().map(map::get).toArray(String[]::new);
            return fromValues(ListSource.valueOf(map.get("source")), v);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable list-row snapshot", e);
        }
    }

    private static String[] values(ExclusionRecord r) {
        return new String[] {r.lastName(), r.firstName(), r.middleName(), r.businessName(), String.valueOf(r.business()),
            r.npi(), text(r.dateOfBirth()), r.address(), r.city(), r.state(), r.zip(), r.general(), r.specialty(),
            r.exclusionType(), text(r.exclusionDate()), text(r.reinstatedOn()), text(r.terminationDate())};
    }

    private static ExclusionRecord fromValues(ListSource source, String[] v) {
        return new ExclusionRecord(source, v[0], v[1], v[2], v[3], "true".equals(v[4]), v[5], date(v[6]), v[7], v[8],
                v[9], v[10], v[11], v[12], v[13], date(v[14]), date(v[15]), date(v[16]));
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
