-- CredDesk baseline: the provider file, the change log (audit trail + sync outbox), documents, search.
-- Every syncable row: text UUID id, created_at, updated_at, version, deleted_at (tombstone).

CREATE TABLE provider (
    id TEXT PRIMARY KEY,
    first_name TEXT, middle_name TEXT, last_name TEXT, suffix TEXT, degree TEXT,
    date_of_birth TEXT, gender TEXT, languages TEXT, email TEXT, phone TEXT,
    npi TEXT, caqh_id TEXT, caqh_attested_on TEXT, medicare_ptan TEXT, group_npi TEXT, tin TEXT, upin TEXT,
    coordinator TEXT, attestation_signed_on TEXT, status TEXT NOT NULL DEFAULT 'ACTIVE',
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE UNIQUE INDEX provider_npi ON provider(npi) WHERE npi IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX provider_name ON provider(last_name COLLATE NOCASE, first_name COLLATE NOCASE);
CREATE INDEX provider_caqh ON provider(caqh_id);

CREATE TABLE other_name (
    id TEXT PRIMARY KEY, provider_id TEXT NOT NULL REFERENCES provider(id),
    kind TEXT, last_name TEXT, first_name TEXT, middle_name TEXT, used_from TEXT, used_until TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX other_name_provider ON other_name(provider_id);

CREATE TABLE provider_taxonomy (
    id TEXT PRIMARY KEY, provider_id TEXT NOT NULL REFERENCES provider(id),
    code TEXT NOT NULL, description TEXT, "primary" INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX provider_taxonomy_provider ON provider_taxonomy(provider_id);

CREATE TABLE license (
    id TEXT PRIMARY KEY, provider_id TEXT NOT NULL REFERENCES provider(id),
    state TEXT, type TEXT, number TEXT, issued TEXT, expires TEXT, status TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX license_provider ON license(provider_id);
CREATE INDEX license_expires ON license(expires);

CREATE TABLE dea_registration (
    id TEXT PRIMARY KEY, provider_id TEXT NOT NULL REFERENCES provider(id),
    kind TEXT NOT NULL, number TEXT, state TEXT, schedules TEXT, issued TEXT, expires TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX dea_registration_provider ON dea_registration(provider_id);

CREATE TABLE board_certification (
    id TEXT PRIMARY KEY, provider_id TEXT NOT NULL REFERENCES provider(id),
    board TEXT, specialty TEXT, initial_certified TEXT, expires TEXT, status TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX board_certification_provider ON board_certification(provider_id);

CREATE TABLE education (
    id TEXT PRIMARY KEY, provider_id TEXT NOT NULL REFERENCES provider(id),
    kind TEXT, institution TEXT, degree TEXT, program TEXT, started TEXT, completed TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX education_provider ON education(provider_id);

CREATE TABLE work_history (
    id TEXT PRIMARY KEY, provider_id TEXT NOT NULL REFERENCES provider(id),
    employer TEXT, position TEXT, city TEXT, state TEXT, started TEXT, ended TEXT, gap_explanation TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX work_history_provider ON work_history(provider_id);

CREATE TABLE affiliation (
    id TEXT PRIMARY KEY, provider_id TEXT NOT NULL REFERENCES provider(id),
    facility TEXT, status TEXT, appointed TEXT, last_reappointed TEXT, reappointment_months INTEGER,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX affiliation_provider ON affiliation(provider_id);

CREATE TABLE malpractice_policy (
    id TEXT PRIMARY KEY, provider_id TEXT NOT NULL REFERENCES provider(id),
    carrier TEXT, policy_number TEXT, per_claim_limit TEXT, aggregate_limit TEXT, effective TEXT, expires TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX malpractice_policy_provider ON malpractice_policy(provider_id);

CREATE TABLE practice_location (
    id TEXT PRIMARY KEY, provider_id TEXT NOT NULL REFERENCES provider(id),
    name TEXT, address TEXT, city TEXT, state TEXT, zip TEXT, phone TEXT, fax TEXT, hours TEXT,
    accepting_new_patients INTEGER NOT NULL DEFAULT 0, "primary" INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX practice_location_provider ON practice_location(provider_id);

CREATE TABLE medicaid_id (
    id TEXT PRIMARY KEY, provider_id TEXT NOT NULL REFERENCES provider(id),
    state TEXT, number TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX medicaid_id_provider ON medicaid_id(provider_id);

CREATE TABLE document (
    id TEXT PRIMARY KEY, provider_id TEXT NOT NULL REFERENCES provider(id),
    credential_id TEXT, type TEXT, file_name TEXT, media_type TEXT, sha256 TEXT NOT NULL, size INTEGER NOT NULL,
    issued TEXT, expires TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX document_provider ON document(provider_id);

-- The change log: one row per entity change, its field diffs as JSON {"field":[old,new],...}.
-- Append-only: the triggers below refuse updates and deletes.
CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY,
    op_id TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    provider_id TEXT,
    action TEXT NOT NULL,
    changes TEXT NOT NULL,
    source TEXT NOT NULL,
    actor TEXT NOT NULL,
    device TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX change_log_provider ON change_log(provider_id, seq);
CREATE INDEX change_log_entity ON change_log(entity_id, seq);
CREATE INDEX change_log_op ON change_log(op_id);
CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;

-- Full-text search over names, NPI, license numbers, CAQH id and specialties (refreshed on every save).
CREATE VIRTUAL TABLE provider_search USING fts5(
    provider_id UNINDEXED, names, identifiers, specialties,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);

CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
