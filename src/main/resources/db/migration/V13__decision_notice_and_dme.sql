-- Missing clocks (issue 11): the practitioner is told of a credentialing decision within 30 days (the notice is
-- recorded on the decision: when and how it was sent); a Medicare enrollment of a DME supplier revalidates every
-- 3 years instead of 5.
ALTER TABLE credentialing_decision ADD COLUMN notice_sent_on TEXT;
ALTER TABLE credentialing_decision ADD COLUMN notice_method TEXT;
ALTER TABLE enrollment ADD COLUMN dme_supplier INTEGER NOT NULL DEFAULT 0;
-- Decisions made before notices were tracked would all read as overdue: mark those older than the notice window
-- as not tracked (no date is invented); newer ones get their deadline.
UPDATE credentialing_decision SET notice_method = 'not tracked'
    WHERE outcome <> 'DEFER' AND decided_on < date('now', '-30 days');
