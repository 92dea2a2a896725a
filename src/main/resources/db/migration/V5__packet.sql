-- Packets: templates a person edits, imported payer forms, field mappings (versioned per form signature),
-- and immutable snapshots of every packet produced (the PDF bytes live in the blob store by hash).

CREATE TABLE packet_template (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    definition TEXT NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE UNIQUE INDEX packet_template_name ON packet_template(name COLLATE NOCASE) WHERE deleted_at IS NULL;

CREATE TABLE payer_form (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    signature TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    file_name TEXT,
    fields TEXT NOT NULL,
    imported_by TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX payer_form_name ON payer_form(name COLLATE NOCASE, created_at);
CREATE INDEX payer_form_signature ON payer_form(signature);

CREATE TABLE form_mapping (
    id TEXT PRIMARY KEY,
    form_name TEXT NOT NULL,
    form_signature TEXT NOT NULL,
    mapping_version INTEGER NOT NULL,
    mapping TEXT NOT NULL,
    created_by TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    UNIQUE (form_signature, mapping_version)
);

CREATE TABLE packet_snapshot (
    id TEXT PRIMARY KEY,
    provider_id TEXT NOT NULL REFERENCES provider(id),
    recipient TEXT NOT NULL,
    recipient_kind TEXT NOT NULL,
    template_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    pages INTEGER NOT NULL,
    contents TEXT NOT NULL,
    preflight TEXT NOT NULL,
    override_reason TEXT,
    made_by TEXT NOT NULL,
    made_at TEXT NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX packet_snapshot_provider ON packet_snapshot(provider_id, made_at);

-- A snapshot is evidence of what was sent: it can be tombstoned, never rewritten.
CREATE TRIGGER packet_snapshot_immutable BEFORE UPDATE OF provider_id, recipient, recipient_kind, template_name,
    sha256, size, pages, contents, preflight, override_reason, made_by, made_at ON packet_snapshot
BEGIN
    SELECT RAISE(ABORT, 'packet snapshots are immutable');
END;
