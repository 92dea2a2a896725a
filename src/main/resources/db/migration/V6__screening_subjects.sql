-- Issue 6, ongoing monitoring: who each screening run covered and what it found for them, and which
-- sanctions/exclusions verification (if any) the run produced for that provider.
CREATE TABLE screening_run_subject (
    run_id TEXT NOT NULL REFERENCES screening_run(id),
    provider_id TEXT NOT NULL REFERENCES provider(id),
    result TEXT NOT NULL,            -- CLEAR | CLEARED | PENDING | CONFIRMED (ScreeningResult)
    hits INTEGER NOT NULL,
    verification_id TEXT,            -- the verification the run (or the review that cleared it) recorded
    PRIMARY KEY (run_id, provider_id)
) WITHOUT ROWID;
