-- Workflow: checklists, verifications, credentialing decisions, payers, enrollments, follow-ups, deadlines.
-- Syncable rows carry id, created_at, updated_at, version, deleted_at like the provider file.

CREATE TABLE checklist_template (
    id TEXT PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, payer_id TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE UNIQUE INDEX checklist_template_code ON checklist_template(code) WHERE deleted_at IS NULL;

CREATE TABLE checklist_template_item (
    id TEXT PRIMARY KEY, template_id TEXT NOT NULL REFERENCES checklist_template(id),
    position INTEGER NOT NULL, kind TEXT NOT NULL, label TEXT NOT NULL, required INTEGER NOT NULL,
    element TEXT, credential_type TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX checklist_template_item_template ON checklist_template_item(template_id, position);

CREATE TABLE checklist (
    id TEXT PRIMARY KEY, provider_id TEXT NOT NULL REFERENCES provider(id),
    template_id TEXT REFERENCES checklist_template(id), name TEXT NOT NULL, kind TEXT NOT NULL,
    program TEXT NOT NULL, started_on TEXT NOT NULL, planned_committee TEXT, closed_on TEXT, enrollment_id TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX checklist_provider ON checklist(provider_id);

CREATE TABLE checklist_item (
    id TEXT PRIMARY KEY, checklist_id TEXT NOT NULL REFERENCES checklist(id),
    position INTEGER NOT NULL, kind TEXT NOT NULL, label TEXT NOT NULL, required INTEGER NOT NULL,
    element TEXT, credential_id TEXT, status TEXT NOT NULL, status_on TEXT, waiver_reason TEXT, document_id TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX checklist_item_checklist ON checklist_item(checklist_id, position);

CREATE TABLE verification (
    id TEXT PRIMARY KEY, provider_id TEXT NOT NULL REFERENCES provider(id),
    element TEXT NOT NULL, credential_id TEXT, source TEXT NOT NULL, method TEXT NOT NULL, verified_on TEXT NOT NULL,
    verifier TEXT NOT NULL, evidence_document_id TEXT, value_seen TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX verification_provider ON verification(provider_id);

CREATE TABLE credentialing_decision (
    id TEXT PRIMARY KEY, provider_id TEXT NOT NULL REFERENCES provider(id), checklist_id TEXT,
    outcome TEXT NOT NULL, decided_by TEXT NOT NULL, decided_on TEXT NOT NULL, program TEXT NOT NULL, note TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX credentialing_decision_provider ON credentialing_decision(provider_id);

CREATE TABLE payer (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, state TEXT,
    typical_processing_days INTEGER NOT NULL, follow_up_cadence_days INTEGER NOT NULL, notes TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);

CREATE TABLE enrollment (
    id TEXT PRIMARY KEY, provider_id TEXT NOT NULL REFERENCES provider(id), payer_id TEXT NOT NULL REFERENCES payer(id),
    state TEXT NOT NULL, location_id TEXT, status TEXT NOT NULL, status_on TEXT NOT NULL, submitted_on TEXT,
    information_requested_on TEXT, effective_date TEXT, payer_provider_id TEXT, revalidated_on TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX enrollment_provider ON enrollment(provider_id);
CREATE INDEX enrollment_payer ON enrollment(payer_id, status);
CREATE UNIQUE INDEX enrollment_unique ON enrollment(provider_id, payer_id, state, COALESCE(location_id, ''))
    WHERE deleted_at IS NULL;

CREATE TABLE enrollment_transition (
    id TEXT PRIMARY KEY, enrollment_id TEXT NOT NULL REFERENCES enrollment(id),
    "from" TEXT, "to" TEXT NOT NULL, "on" TEXT NOT NULL, note TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX enrollment_transition_enrollment ON enrollment_transition(enrollment_id);

CREATE TABLE follow_up (
    id TEXT PRIMARY KEY, enrollment_id TEXT NOT NULL REFERENCES enrollment(id),
    "on" TEXT NOT NULL, channel TEXT NOT NULL, contact TEXT, reference_number TEXT, note TEXT, next_follow_up TEXT,
    actor TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT
);
CREATE INDEX follow_up_enrollment ON follow_up(enrollment_id);

-- Derived by DeadlinePolicy, refreshed in the same transaction as the change that moves it.
-- Due dates never depend on today; overdue/due is decided by the query's date. Local, not synced: each desk
-- derives it from synced data (done and snooze are logged in the change log). The provider's NPI, name and
-- coordinator are copied in (refreshed with the deadlines on every save) so the dashboard needs no join; retired
-- providers have no rows.
CREATE TABLE deadline (
    id TEXT PRIMARY KEY, -- the name-based UUID of the deadline's key (kind, source, due, subject): stable across desks
    provider_id TEXT NOT NULL, -- no foreign key: refreshed by a save listener before the provider row is flushed
    npi TEXT,
    provider_name TEXT NOT NULL,
    coordinator TEXT,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    due TEXT NOT NULL,
    warn_from TEXT NOT NULL,
    alert_stages TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'OPEN',
    source_id TEXT,
    snoozed_until TEXT,
    snooze_reason TEXT,
    done_on TEXT
);
-- Covering indexes: the dashboard counts and the "due within" list read only the index.
CREATE INDEX deadline_due ON deadline(status, due, snoozed_until, kind, coordinator);
CREATE INDEX deadline_warn ON deadline(status, warn_from);
CREATE INDEX deadline_provider ON deadline(provider_id);

-- Seed checklist templates (editable data; fixed ids so every desk starts with the same ones).
INSERT INTO checklist_template (id, code, name, kind, payer_id, created_at, updated_at) VALUES
    ('tpl-initial', 'initial-credentialing', 'Initial credentialing', 'INITIAL_CREDENTIALING', NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-recred', 'recredentialing', 'Recredentialing', 'RECREDENTIALING', NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-enrollment', 'payer-enrollment', 'Payer enrollment (generic)', 'PAYER_ENROLLMENT', NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-privileges', 'hospital-privileges', 'Hospital privileges', 'HOSPITAL_PRIVILEGES', NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
INSERT INTO checklist_template_item (id, template_id, position, kind, label, required, element, credential_type, created_at, updated_at) VALUES
    ('tpl-initial-1', 'tpl-initial', 1, 'FORM', 'Application (CAQH profile attested)', 1, NULL, NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-initial-2', 'tpl-initial', 2, 'SIGNATURE', 'Signed attestation and release of information', 1, NULL, NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-initial-3', 'tpl-initial', 3, 'DOCUMENT', 'Curriculum vitae', 1, NULL, NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-initial-4', 'tpl-initial', 4, 'DOCUMENT', 'License copy', 1, NULL, 'license', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-initial-5', 'tpl-initial', 5, 'VERIFICATION', 'License verification', 1, 'LICENSE', 'license', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-initial-6', 'tpl-initial', 6, 'DOCUMENT', 'DEA/CDS certificate', 1, NULL, 'registration', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-initial-7', 'tpl-initial', 7, 'VERIFICATION', 'DEA/CDS verification', 1, 'DEA_CDS', 'registration', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-initial-8', 'tpl-initial', 8, 'VERIFICATION', 'Education and training verification', 1, 'EDUCATION', NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-initial-9', 'tpl-initial', 9, 'VERIFICATION', 'Board certification verification', 1, 'BOARD_CERTIFICATION', 'board', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-initial-10', 'tpl-initial', 10, 'VERIFICATION', 'Work history review', 1, 'WORK_HISTORY', NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-initial-11', 'tpl-initial', 11, 'DOCUMENT', 'Malpractice certificate of insurance', 1, NULL, 'malpractice', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-initial-12', 'tpl-initial', 12, 'VERIFICATION', 'Malpractice claims history (NPDB)', 1, 'MALPRACTICE_HISTORY', NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-initial-13', 'tpl-initial', 13, 'VERIFICATION', 'Sanctions and exclusions (OIG, SAM, state Medicaid)', 1, 'SANCTIONS', NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-initial-14', 'tpl-initial', 14, 'TASK', 'Prepare the committee file', 0, NULL, NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-recred-1', 'tpl-recred', 1, 'FORM', 'Re-attested application (CAQH)', 1, NULL, NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-recred-2', 'tpl-recred', 2, 'SIGNATURE', 'Signed attestation and release of information', 1, NULL, NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-recred-3', 'tpl-recred', 3, 'VERIFICATION', 'License verification', 1, 'LICENSE', 'license', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-recred-4', 'tpl-recred', 4, 'VERIFICATION', 'DEA/CDS verification', 1, 'DEA_CDS', 'registration', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-recred-5', 'tpl-recred', 5, 'VERIFICATION', 'Board certification verification', 1, 'BOARD_CERTIFICATION', 'board', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-recred-6', 'tpl-recred', 6, 'DOCUMENT', 'Malpractice certificate of insurance', 1, NULL, 'malpractice', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-recred-7', 'tpl-recred', 7, 'VERIFICATION', 'Malpractice claims history (NPDB)', 1, 'MALPRACTICE_HISTORY', NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-recred-8', 'tpl-recred', 8, 'VERIFICATION', 'Sanctions and exclusions (OIG, SAM, state Medicaid)', 1, 'SANCTIONS', NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-recred-9', 'tpl-recred', 9, 'TASK', 'Quality and performance review', 0, NULL, NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-enrollment-1', 'tpl-enrollment', 1, 'FORM', 'Payer application', 1, NULL, NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-enrollment-2', 'tpl-enrollment', 2, 'SIGNATURE', 'Signed application (wet signature if the payer asks)', 1, NULL, NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-enrollment-3', 'tpl-enrollment', 3, 'DOCUMENT', 'W-9 of the group', 1, NULL, NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-enrollment-4', 'tpl-enrollment', 4, 'DOCUMENT', 'License copy', 1, NULL, 'license', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-enrollment-5', 'tpl-enrollment', 5, 'DOCUMENT', 'DEA/CDS certificate', 0, NULL, 'registration', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-enrollment-6', 'tpl-enrollment', 6, 'DOCUMENT', 'Malpractice certificate of insurance', 1, NULL, 'malpractice', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-enrollment-7', 'tpl-enrollment', 7, 'FORM', 'CAQH access granted to the payer', 1, NULL, NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-enrollment-8', 'tpl-enrollment', 8, 'TASK', 'Submit and record the payer''s reference number', 1, NULL, NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-privileges-1', 'tpl-privileges', 1, 'FORM', 'Privileges application', 1, NULL, NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-privileges-2', 'tpl-privileges', 2, 'DOCUMENT', 'Delineation of privileges requested', 1, NULL, NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-privileges-3', 'tpl-privileges', 3, 'VERIFICATION', 'License verification', 1, 'LICENSE', 'license', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-privileges-4', 'tpl-privileges', 4, 'VERIFICATION', 'DEA/CDS verification', 1, 'DEA_CDS', 'registration', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-privileges-5', 'tpl-privileges', 5, 'VERIFICATION', 'Board certification verification', 1, 'BOARD_CERTIFICATION', 'board', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-privileges-6', 'tpl-privileges', 6, 'VERIFICATION', 'Malpractice claims history (NPDB)', 1, 'MALPRACTICE_HISTORY', NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-privileges-7', 'tpl-privileges', 7, 'VERIFICATION', 'Sanctions and exclusions (OIG, SAM, state Medicaid)', 1, 'SANCTIONS', NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-privileges-8', 'tpl-privileges', 8, 'DOCUMENT', 'Peer references (two)', 1, NULL, NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('tpl-privileges-9', 'tpl-privileges', 9, 'DOCUMENT', 'Case logs', 0, NULL, NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
INSERT INTO payer (id, name, kind, state, typical_processing_days, follow_up_cadence_days, notes, created_at, updated_at)
VALUES ('payer-medicare', 'Medicare', 'MEDICARE', NULL, 45, 14,
        'PECOS online about 45 days, paper 60; answer a request for information within 30 days or the application is rejected.',
        '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
