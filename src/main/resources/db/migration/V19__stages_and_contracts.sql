-- Lifecycle stages and payer contracts (issue 14, ADR 0029).

-- The current stage of every provider: derived from the facts and moved by people, kept in the transaction of the
-- write that moves it (like the deadline table). Local: each desk refreshes it from its own data; the moves are
-- history rows below. facts is the stage the facts said at the last refresh.
CREATE TABLE provider_stage (
    provider_id TEXT PRIMARY KEY, -- no foreign key: a new provider's row is queued before its provider row flushes
    stage TEXT NOT NULL,
    since TEXT NOT NULL, -- ISO date the provider entered the stage
    cause TEXT NOT NULL, -- FACT or MANUAL: what put it there
    facts TEXT -- the stage the facts said at the last refresh
);
-- The pipeline board: per stage, oldest first.
CREATE INDEX provider_stage_board ON provider_stage(stage, since);

-- Every move, through the change log like other workflow rows.
CREATE TABLE provider_stage_move (
    id TEXT PRIMARY KEY, provider_id TEXT NOT NULL REFERENCES provider(id),
    "from" TEXT, "to" TEXT NOT NULL, "on" TEXT NOT NULL, cause TEXT NOT NULL, reason TEXT, actor TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX provider_stage_move_provider ON provider_stage_move(provider_id);

-- A provider's contract with a payer. terminated_on: ended early (null while it stands).
CREATE TABLE contract (
    id TEXT PRIMARY KEY, provider_id TEXT NOT NULL REFERENCES provider(id), payer_id TEXT NOT NULL REFERENCES payer(id),
    kind TEXT NOT NULL, effective_on TEXT, ends_on TEXT, auto_renews INTEGER NOT NULL DEFAULT 0, notice_days INTEGER,
    fee_schedule TEXT, document_id TEXT, terminated_on TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX contract_provider ON contract(provider_id);
CREATE INDEX contract_payer ON contract(payer_id);

-- Every existing provider gets the stage its facts say (LifecycleRule; no contracts exist yet, so no Onboarding).
INSERT INTO provider_stage (provider_id, stage, since, cause, facts)
SELECT id, stage, since, 'FACT', stage FROM (
    SELECT id,
        CASE WHEN status = 'RETIRED' THEN 'INACTIVE' WHEN ongoing IS NOT NULL THEN 'ONGOING'
             WHEN approved IS NOT NULL THEN 'CONTRACTING' WHEN opened IS NOT NULL THEN 'CREDENTIALING'
             ELSE 'RECRUITING' END AS stage,
        CASE WHEN status = 'RETIRED' THEN substr(updated_at, 1, 10) WHEN ongoing IS NOT NULL THEN ongoing
             WHEN approved IS NOT NULL THEN approved WHEN opened IS NOT NULL THEN opened
             ELSE substr(created_at, 1, 10) END AS since
    FROM (SELECT p.id, p.status, p.created_at, p.updated_at,
            (SELECT MIN(e.effective_date) FROM enrollment e WHERE e.provider_id = p.id AND e.deleted_at IS NULL
                AND e.status = 'APPROVED' AND e.effective_date <= date('now')) AS ongoing,
            (SELECT MIN(d.decided_on) FROM credentialing_decision d WHERE d.provider_id = p.id
                AND d.deleted_at IS NULL AND d.outcome = 'APPROVE') AS approved,
            (SELECT MIN(c.started_on) FROM checklist c WHERE c.provider_id = p.id AND c.deleted_at IS NULL
                AND c.closed_on IS NULL AND c.kind IN ('INITIAL_CREDENTIALING', 'RECREDENTIALING')) AS opened
          FROM provider p WHERE p.deleted_at IS NULL));
