-- Issue 11 (items 6 and 7): a name-only match listed in another state is kept, ranked below one in the
-- provider's states; a hit whose list row a later screening no longer finds is carried, never cleared.

-- Review order, best first: DEFINITE 0, PROBABLE 2, POSSIBLE 4, POSSIBLE listed elsewhere 5 (ExclusionMatch.rank).
ALTER TABLE screening_hit ADD COLUMN rank INTEGER NOT NULL DEFAULT 4;
UPDATE screening_hit SET rank = CASE strength WHEN 'DEFINITE' THEN 0 WHEN 'PROBABLE' THEN 2 ELSE 4 END;

-- The day a screening first did not find the hit's row among the rows in force, and why (the row left the list,
-- or the list shows the exclusion ended); null while the latest screening finds it.
ALTER TABLE screening_hit ADD COLUMN absent_since TEXT;
ALTER TABLE screening_hit ADD COLUMN absence TEXT;
