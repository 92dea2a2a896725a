-- CredDesk team server (PostgreSQL): teams, users, devices, the team's synced records, its change log and conflicts.
CREATE TABLE team (
    id text PRIMARY KEY,
    name text NOT NULL UNIQUE,
    -- The team's last sequence number: UPDATE ... RETURNING it inside a push serializes the team's writers in the
    -- database, so several server instances hand out one gap-free sequence.
    seq bigint NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE app_user (
    id text PRIMARY KEY,
    team_id text NOT NULL REFERENCES team(id),
    name text NOT NULL UNIQUE,
    role text NOT NULL CHECK (role IN ('coordinator', 'manager', 'read-only', 'auditor')),
    created_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz
);

CREATE TABLE enrolment_code (
    code_hash text PRIMARY KEY,
    user_id text NOT NULL REFERENCES app_user(id),
    created_at timestamptz NOT NULL DEFAULT now(),
    used_at timestamptz
);

CREATE TABLE device (
    id text PRIMARY KEY,
    user_id text NOT NULL REFERENCES app_user(id),
    name text NOT NULL,
    token_hash text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz,
    revoked_at timestamptz
);

-- Current state of every synced record: its fields (text forms) and, per field group, who changed it last at
-- which sequence number ({"group": {"seq": 12, "device": "...", "user": "...", "at": "..."}}).
CREATE TABLE entity_state (
    team_id text NOT NULL REFERENCES team(id),
    entity text NOT NULL,
    entity_id text NOT NULL,
    provider_id text,
    fields jsonb NOT NULL,
    groups jsonb NOT NULL,
    version bigint NOT NULL,
    deleted boolean NOT NULL DEFAULT false,
    PRIMARY KEY (team_id, entity_id)
);
CREATE INDEX entity_state_npi ON entity_state (team_id, (fields ->> 'npi')) WHERE entity = 'provider' AND NOT deleted;

-- The team's change log: every accepted operation, with what it changed (field -> [old, new]).
CREATE TABLE change (
    team_id text NOT NULL REFERENCES team(id),
    seq bigint NOT NULL,
    device_id text NOT NULL,
    op_id bigint,
    user_name text NOT NULL,
    device_name text NOT NULL,
    entity text NOT NULL,
    entity_id text NOT NULL,
    provider_id text,
    action text NOT NULL,
    outcome text NOT NULL,
    changes jsonb NOT NULL,
    client_at text,
    at timestamptz NOT NULL DEFAULT now(),
    reason text,
    conflict_id text,
    PRIMARY KEY (team_id, seq)
);

-- Each device's operations seen, with the answer given: a retry after a lost answer gets the same answer.
CREATE TABLE op_seen (
    device_id text NOT NULL REFERENCES device(id),
    op_id bigint NOT NULL,
    team_id text NOT NULL,
    seq bigint NOT NULL,
    outcome text NOT NULL,
    conflict_id text,
    PRIMARY KEY (device_id, op_id)
);

CREATE TABLE conflict (
    id text PRIMARY KEY,
    team_id text NOT NULL REFERENCES team(id),
    entity text NOT NULL,
    entity_id text NOT NULL,
    provider_id text,
    field_group text NOT NULL,
    fields jsonb NOT NULL,
    status text NOT NULL DEFAULT 'open',
    opened_seq bigint NOT NULL,
    updated_seq bigint NOT NULL,
    resolved_by text,
    reason text,
    taken text
);
CREATE UNIQUE INDEX conflict_open ON conflict (team_id, entity_id, field_group) WHERE status = 'open';
CREATE INDEX conflict_updated ON conflict (team_id, updated_seq);

CREATE TABLE conflict_candidate (
    id text PRIMARY KEY,
    conflict_id text NOT NULL REFERENCES conflict(id),
    ord int NOT NULL,
    value jsonb,
    deleted boolean NOT NULL DEFAULT false,
    user_name text NOT NULL,
    device_name text NOT NULL,
    at text
);
CREATE INDEX conflict_candidate_conflict ON conflict_candidate (conflict_id, ord);
