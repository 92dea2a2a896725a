-- Provenance that outlasts any number of imports (issue 11).
-- verified_field: the fields of a credential a primary-source verification saw, with the value seen then. A roster
-- that would change such a field while it still holds that value is a conflict that names the verification.
-- roster_conflict_answer: a person's "keep mine" for a roster conflict: the value kept and the roster value declined.
-- The same roster value for the same field is not asked again while the kept value stands; a new one asks again.

CREATE TABLE verified_field (
    id TEXT PRIMARY KEY,
    verification_id TEXT NOT NULL REFERENCES verification(id),
    provider_id TEXT NOT NULL REFERENCES provider(id),
    entity TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL, value TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX verified_field_provider ON verified_field(provider_id);

CREATE TABLE roster_conflict_answer (
    id TEXT PRIMARY KEY,
    provider_id TEXT NOT NULL REFERENCES provider(id),
    entity_id TEXT NOT NULL, field TEXT NOT NULL,
    kept_value TEXT, declined_value TEXT,
    import_id TEXT, source TEXT, actor TEXT, answered_at TEXT NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX roster_conflict_answer_provider ON roster_conflict_answer(provider_id, entity_id, field);
