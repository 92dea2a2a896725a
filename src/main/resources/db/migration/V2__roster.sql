-- Roster import and export: saved column mappings, the imports done (for undo and "since last import"),
-- which providers each roster source lists (for "missing from roster"), and export marks per payer.

CREATE TABLE roster_mapping (
    signature TEXT PRIMARY KEY,          -- hash of the normalized header row: the same layout maps the same way
    name TEXT NOT NULL,
    columns TEXT NOT NULL,               -- JSON {"Header as written": "fieldKey" or ""}
    updated_at TEXT NOT NULL
);
CREATE INDEX roster_mapping_name ON roster_mapping(name);

CREATE TABLE roster_import (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    op_id TEXT NOT NULL,
    rows INTEGER NOT NULL, added INTEGER NOT NULL, updated INTEGER NOT NULL, unchanged INTEGER NOT NULL,
    rejected INTEGER NOT NULL, conflicts INTEGER NOT NULL, missing INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    undone_at TEXT, undo_op_id TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX roster_import_source ON roster_import(source, imported_at);

CREATE TABLE roster_member (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    provider_id TEXT NOT NULL REFERENCES provider(id),
    effective TEXT, termination TEXT, action TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE UNIQUE INDEX roster_member_source_provider ON roster_member(source, provider_id) WHERE deleted_at IS NULL;
CREATE INDEX roster_member_provider ON roster_member(provider_id);

CREATE TABLE roster_export_mark (
    payer TEXT PRIMARY KEY,
    last_seq INTEGER NOT NULL,
    exported_at TEXT NOT NULL,
    file_name TEXT
);
