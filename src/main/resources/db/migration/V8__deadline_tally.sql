-- The dashboard's counts come from a small tally of open deadlines per (due day, kind, coordinator) instead of a
-- scan of every deadline row due within 90 days (158 ms p95 over 500k deadlines). It is kept exact in the
-- transaction of every insert, delete and update of the deadline table.
CREATE TABLE deadline_tally (
    due TEXT NOT NULL,
    kind TEXT NOT NULL,
    coordinator TEXT NOT NULL, -- '' when the provider has none
    open INTEGER NOT NULL,
    PRIMARY KEY (due, kind, coordinator)
) WITHOUT ROWID;

INSERT INTO deadline_tally (due, kind, coordinator, open)
    SELECT due, kind, COALESCE(coordinator, ''), COUNT(*) FROM deadline WHERE status = 'OPEN'
    GROUP BY due, kind, COALESCE(coordinator, '');

-- Inserts are counted by DeadlineRepository (the only code that inserts deadlines), grouped per batch: a row
-- trigger here cost 2.5 s of a 100k-provider import. Deletes and updates are rare and counted row by row here.
CREATE TRIGGER deadline_tally_delete AFTER DELETE ON deadline WHEN OLD.status = 'OPEN'
BEGIN
    UPDATE deadline_tally SET open = open - 1
        WHERE due = OLD.due AND kind = OLD.kind AND coordinator = COALESCE(OLD.coordinator, '');
END;

CREATE TRIGGER deadline_tally_update AFTER UPDATE OF status, due, kind, coordinator ON deadline
    WHEN OLD.status IS NOT NEW.status OR OLD.due IS NOT NEW.due OR OLD.kind IS NOT NEW.kind
        OR OLD.coordinator IS NOT NEW.coordinator
BEGIN
    UPDATE deadline_tally SET open = open - 1
        WHERE OLD.status = 'OPEN' AND due = OLD.due AND kind = OLD.kind
        AND coordinator = COALESCE(OLD.coordinator, '');
    INSERT INTO deadline_tally (due, kind, coordinator, open)
        SELECT NEW.due, NEW.kind, COALESCE(NEW.coordinator, ''), 1 WHERE NEW.status = 'OPEN'
        ON CONFLICT (due, kind, coordinator) DO UPDATE SET open = open + 1;
END;

-- Snoozed deadlines are few: the dashboard subtracts those hidden on the asked day, found through this index.
CREATE INDEX deadline_snoozed ON deadline(snoozed_until) WHERE snoozed_until IS NOT NULL;

-- The list queries only range over (status, due); the wide covering index served the counts, which moved above.
-- A narrower index is fewer pages to rewrite when a bulk import inserts deadlines in random due order.
DROP INDEX deadline_due;
CREATE INDEX deadline_due ON deadline(status, due);

-- "Whose warning window has opened" (warn_from <= day) ranges over deadline_due instead of its own index, bounded
-- by due <= day + the longest warning any stored deadline has: one random-order index fewer for bulk imports
-- (~1.8 s of 500k deadlines). DeadlineRepository widens the bound with every write; it never shrinks.
DROP INDEX deadline_warn;
CREATE TABLE deadline_bounds (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    longest_warning_days INTEGER NOT NULL
);
INSERT INTO deadline_bounds (id, longest_warning_days)
    SELECT 1, COALESCE(MAX(CAST(julianday(due) - julianday(warn_from) AS INTEGER)), 0) FROM deadline;
