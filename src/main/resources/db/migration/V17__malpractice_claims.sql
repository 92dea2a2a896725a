-- Malpractice claims history (issue 11, item 11): a child of the provider file like malpractice_policy.
-- amount is exact decimal text ("150000.00"), never REAL.
CREATE TABLE malpractice_claim (
    id TEXT PRIMARY KEY, provider_id TEXT NOT NULL REFERENCES provider(id),
    claim_date TEXT, status TEXT, amount TEXT, description TEXT, carrier TEXT, policy_number TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX malpractice_claim_provider ON malpractice_claim(provider_id);
