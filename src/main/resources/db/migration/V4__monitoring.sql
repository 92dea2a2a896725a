-- Exclusion and sanction screening (issue 6): imported list versions, the rows in force, screening runs,
-- hits with their review status, reviewer dispositions (evidence), and when each provider was last screened.

CREATE TABLE exclusion_list_version (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,            -- LEIE | SAM
    kind TEXT NOT NULL,              -- FULL | SUPPLEMENT
    file_name TEXT NOT NULL,
    downloaded_on TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    row_count INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX exclusion_list_version_source ON exclusion_list_version(source, imported_at);

-- The rows of each list as they stand now: a FULL import replaces its source's rows, a SUPPLEMENT adds rows and
-- closes reinstated ones. Evidence of what a row said when it was reviewed lives in screening_hit.list_row.
CREATE TABLE exclusion_entry (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    identity_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    list_version_id TEXT NOT NULL REFERENCES exclusion_list_version(id),
    last_name TEXT, first_name TEXT, middle_name TEXT, business_name TEXT, is_business INTEGER NOT NULL,
    npi TEXT, dob TEXT, address TEXT, city TEXT, state TEXT, zip TEXT, general TEXT, specialty TEXT,
    exclusion_type TEXT, exclusion_date TEXT, reinstated_on TEXT, termination_date TEXT
);
CREATE UNIQUE INDEX exclusion_entry_identity ON exclusion_entry(source, identity_key);

CREATE TABLE screening_run (
    id TEXT PRIMARY KEY,
    screened_at TEXT NOT NULL,
    screened_on TEXT NOT NULL,
    list_version_ids TEXT NOT NULL,  -- JSON array of exclusion_list_version ids in force
    providers_screened INTEGER NOT NULL,
    hits INTEGER NOT NULL,
    new_hits INTEGER NOT NULL,
    actor TEXT NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);

-- One hit per provider and list row (identity); a re-screen updates it, so a decision stays with its row.
CREATE TABLE screening_hit (
    id TEXT PRIMARY KEY,
    provider_id TEXT NOT NULL REFERENCES provider(id),
    source TEXT NOT NULL,
    identity_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    strength TEXT NOT NULL,
    reasons TEXT NOT NULL,           -- JSON array of strings
    list_row TEXT NOT NULL,          -- JSON snapshot of the list row as last seen
    list_version_id TEXT NOT NULL REFERENCES exclusion_list_version(id),
    status TEXT NOT NULL,            -- OPEN | CONFIRMED | FALSE_POSITIVE | CANNOT_DETERMINE
    decided_fingerprint TEXT,
    first_run_id TEXT NOT NULL,
    last_run_id TEXT NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE UNIQUE INDEX screening_hit_identity ON screening_hit(provider_id, source, identity_key);
CREATE INDEX screening_hit_status ON screening_hit(status, last_run_id);

CREATE TABLE hit_disposition (
    id TEXT PRIMARY KEY,
    hit_id TEXT NOT NULL REFERENCES screening_hit(id),
    provider_id TEXT NOT NULL REFERENCES provider(id),
    disposition TEXT NOT NULL,
    note TEXT NOT NULL,
    actor TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    row_fingerprint TEXT NOT NULL,
    list_version_id TEXT NOT NULL REFERENCES exclusion_list_version(id),
    list_file_name TEXT NOT NULL,
    list_downloaded_on TEXT NOT NULL,
    list_sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX hit_disposition_hit ON hit_disposition(hit_id);

-- The sanctions/exclusions verification of each provider: the last screening that covered them.
CREATE TABLE provider_screening (
    provider_id TEXT PRIMARY KEY REFERENCES provider(id),
    last_screened_on TEXT NOT NULL,
    last_run_id TEXT NOT NULL REFERENCES screening_run(id)
);
