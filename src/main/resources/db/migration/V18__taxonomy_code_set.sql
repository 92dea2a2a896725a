-- The NUCC Health Care Provider Taxonomy code set (issue 11, item 12): reference data a person imports from
-- NUCC's CSV, not provider data, so it has no sync columns; each import replaces it whole and is recorded below
-- and in the change log.
CREATE TABLE taxonomy_code (
    code TEXT PRIMARY KEY, grouping TEXT, classification TEXT, specialization TEXT, definition TEXT, notes TEXT,
    display_name TEXT, section TEXT
);

CREATE TABLE taxonomy_import (
    id TEXT PRIMARY KEY, version TEXT NOT NULL, file_name TEXT NOT NULL, sha256 TEXT NOT NULL,
    added INTEGER NOT NULL, changed INTEGER NOT NULL, removed INTEGER NOT NULL, total INTEGER NOT NULL,
    imported_at TEXT NOT NULL, actor TEXT NOT NULL
);
