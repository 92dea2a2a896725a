package org.creddesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.creddesk.domain.ChangeAction;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.FieldChange;
import org.creddesk.domain.Ids;
import org.creddesk.domain.packet.FormMapping;
import org.creddesk.domain.packet.PacketSnapshot;
import org.creddesk.domain.packet.Recipient;
import org.creddesk.domain.packet.StoredForm;
import org.jdbi.v3.core.Handle;

/**
 * Packet data: templates (JSON definitions), imported payer forms, versioned field mappings and immutable packet
 * snapshots. Every write appends to the change log in the same transaction.
 */
public final class PacketRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {
    };

    private final Database db;

    public PacketRepository(Database db) {
        this.db = db;
    }

    // ---- templates

    public Map<String, String> templateDefinitions() {
        return db.read(h -> {
            Map<String, String> result = new java.util.LinkedHashMap<>();
            h.createQuery("SELECT name, definition FROM packet_template WHERE deleted_at IS NULL ORDER BY name")
                    .map((rs, c) -> Map.entry(rs.getString(1), rs.getString(2))).forEach(e -> result.put(e.getKey(), e.getValue()));
            return result;
        });
    }

    /** Creates or replaces the template of that name. */
    public void saveTemplate(String name, String definition, ChangeContext ctx) {
        Instant now = db.clock().instant();
        db.write(h -> {
            Optional<String[]> existing = h.createQuery("SELECT id, definition FROM packet_template "
                            + "WHERE name = ? COLLATE NOCASE AND deleted_at IS NULL").bind(0, name)
                    .map((rs, c) -> new String[] {rs.getString(1), rs.getString(2)}).findFirst();
            String id;
            ChangeAction action;
            String old = null;
            if (existing.isPresent()) {
                id = existing.get()[0];
                old = existing.get()[1];
                if (old.equals(definition)) {
                    return null;
                }
                h.execute("UPDATE packet_template SET definition = ?, updated_at = ?, version = version + 1 WHERE id = ?",
                        definition, now.toString(), id);
                action = ChangeAction.UPDATE;
            } else {
                id = Ids.newId(db.clock());
                h.execute("INSERT INTO packet_template (id, name, definition, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                        id, name, definition, now.toString(), now.toString());
                action = ChangeAction.CREATE;
            }
            ChangeLog.append(h, Ids.newId(db.clock()), "packet_template", id, null, action,
                    List.of(new FieldChange("definition", old, definition)), ctx, now);
            return null;
        });
    }

    // ---- payer forms and mappings

    public StoredForm addForm(String name, String signature, String sha256, String fileName, String fieldsJson,
                              ChangeContext ctx) {
        Instant now = db.clock().instant();
        StoredForm form = new StoredForm(Ids.newId(db.clock()), name, signature, sha256, fileName, fieldsJson,
                ctx.actor(), now);
        db.write(h -> {
            h.execute("INSERT INTO payer_form (id, name, signature, sha256, file_name, fields, imported_by, created_at, "
                            + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", form.id(), name, signature, sha256,
                    fileName, fieldsJson, ctx.actor(), now.toString(), now.toString());
            ChangeLog.append(h, Ids.newId(db.clock()), "payer_form", form.id(), null, ChangeAction.CREATE,
                    List.of(new FieldChange("name", null, name), new FieldChange("signature", null, signature),
                            new FieldChange("sha256", null, sha256)), ctx, now);
            return null;
        });
        return form;
    }

    /** Every imported version of a form, newest first. */
    public List<StoredForm> formVersions(String name) {
        return db.read(h -> h.createQuery("SELECT " + FORM_COLUMNS + " FROM payer_form WHERE name = ? COLLATE NOCASE "
                + "AND deleted_at IS NULL ORDER BY created_at DESC, rowid DESC").bind(0, name).map((rs, c) -> form(rs)).list());
    }

    /** The newest version of every form, by name. */
    public List<StoredForm> latestForms() {
        return db.read(h -> h.createQuery("SELECT " + FORM_COLUMNS + " FROM payer_form f WHERE deleted_at IS NULL AND "
                + "id = (SELECT id FROM payer_form g WHERE g.name = f.name COLLATE NOCASE AND g.deleted_at IS NULL "
                + "ORDER BY created_at DESC, rowid DESC LIMIT 1) ORDER BY name").map((rs, c) -> form(rs)).list());
    }

    private static final String FORM_COLUMNS = "id, name, signature, sha256, file_name, fields, imported_by, created_at";

    private static StoredForm form(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StoredForm(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), Instant.parse(rs.getString(8)));
    }

    /** Saves a new version of the mapping of one form version; earlier versions stay readable. */
    public FormMapping saveMapping(String formName, String signature, Map<String, String> fields, ChangeContext ctx) {
        Instant now = db.clock().instant();
        return db.write(h -> {
            int version = h.createQuery("SELECT COALESCE(MAX(mapping_version), 0) + 1 FROM form_mapping "
                    + "WHERE form_signature = ?").bind(0, signature).mapTo(Integer.class).one();
            String id = Ids.newId(db.clock());
            String json = json(new TreeMap<>(fields));
            h.execute("INSERT INTO form_mapping (id, form_name, form_signature, mapping_version, mapping, created_by, "
                    + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, formName, signature, version, json,
                    ctx.actor(), now.toString(), now.toString());
            ChangeLog.append(h, Ids.newId(db.clock()), "form_mapping", id, null, ChangeAction.CREATE,
                    List.of(new FieldChange("mapping", null, json)), ctx, now);
            return new FormMapping(formName, signature, version, fields, ctx.actor(), now);
        });
    }

    /** The newest mapping of a form version, if one was saved. */
    public Optional<FormMapping> latestMapping(String signature) {
        return db.read(h -> h.createQuery("SELECT form_name, form_signature, mapping_version, mapping, created_by, "
                + "created_at FROM form_mapping WHERE form_signature = ? AND deleted_at IS NULL "
                + "ORDER BY mapping_version DESC LIMIT 1").bind(0, signature).map((rs, c) -> new FormMapping(
                rs.getString(1), rs.getString(2), rs.getInt(3), parse(rs.getString(4)), rs.getString(5),
                Instant.parse(rs.getString(6)))).findFirst());
    }

    // ---- snapshots

    public void addSnapshot(PacketSnapshot s, ChangeContext ctx) {
        db.write(h -> {
            insertSnapshot(h, s);
            ChangeLog.append(h, Ids.newId(db.clock()), "packet_snapshot", s.id(), s.providerId(), ChangeAction.CREATE,
                    List.of(new FieldChange("recipient", null, s.recipient()),
                            new FieldChange("template", null, s.templateName()),
                            new FieldChange("sha256", null, s.sha256()),
                            new FieldChange("overrideReason", null, s.overrideReason())), ctx, s.madeAt());
            return null;
        });
    }

    private static void insertSnapshot(Handle h, PacketSnapshot s) {
        h.execute("INSERT INTO packet_snapshot (id, provider_id, recipient, recipient_kind, template_name, sha256, size, "
                        + "pages, contents, preflight, override_reason, made_by, made_at, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s.id(), s.providerId(), s.recipient(),
                s.recipientKind().name(), s.templateName(), s.sha256(), s.size(), s.pages(), s.contentsJson(),
                s.preflightJson(), s.overrideReason(), s.madeBy(), s.madeAt().toString(), s.madeAt().toString(),
                s.madeAt().toString());
    }

    private static final String SNAPSHOT_COLUMNS = "id, provider_id, recipient, recipient_kind, template_name, sha256, "
            + "size, pages, contents, preflight, override_reason, made_by, made_at";

    /** The packets made for a provider, newest first. */
    public List<PacketSnapshot> snapshots(String providerId) {
        return db.read(h -> h.createQuery("SELECT " + SNAPSHOT_COLUMNS + " FROM packet_snapshot WHERE provider_id = ? "
                + "AND deleted_at IS NULL ORDER BY made_at DESC, rowid DESC").bind(0, providerId)
                .map((rs, c) -> snapshot(rs)).list());
    }

    public Optional<PacketSnapshot> snapshot(String id) {
        return db.read(h -> h.createQuery("SELECT " + SNAPSHOT_COLUMNS + " FROM packet_snapshot WHERE id = ?")
                .bind(0, id).map((rs, c) -> snapshot(rs)).findFirst());
    }

    private static PacketSnapshot snapshot(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PacketSnapshot(rs.getString(1), rs.getString(2), rs.getString(3),
                Recipient.Kind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getLong(7), rs.getInt(8),
                rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), Instant.parse(rs.getString(13)));
    }

    private static String json(Map<String, String> map) {
        try {
            return JSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> parse(String json) {
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable form mapping", e);
        }
    }
}
