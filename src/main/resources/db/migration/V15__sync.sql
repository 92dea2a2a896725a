-- Team sync, the desktop's side: the account on a team server, how far this desktop pulled and pushed, field
-- groups whose pulled values wait behind a local change not yet pushed, and the team's conflicts as last pulled.
CREATE TABLE sync_account (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    server_url TEXT NOT NULL,
    device_id TEXT NOT NULL,
    token TEXT NOT NULL,
    user_name TEXT NOT NULL,
    team TEXT NOT NULL,
    role TEXT NOT NULL,
    cursor INTEGER NOT NULL DEFAULT 0,
    pushed_through INTEGER NOT NULL DEFAULT 0,
    joined_at TEXT NOT NULL,
    last_sync_at TEXT,
    last_error TEXT
);

CREATE TABLE sync_held (
    entity_id TEXT NOT NULL,
    grp TEXT NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (entity_id, grp)
);

CREATE TABLE sync_conflict (
    id TEXT PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    provider_id TEXT,
    status TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX sync_conflict_status ON sync_conflict(status);
