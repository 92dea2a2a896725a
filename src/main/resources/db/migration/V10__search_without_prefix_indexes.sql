-- The search index without FTS5's extra prefix indexes (prefix = '1 2 3'): every token was stored four times, a
-- third of the search index's insert time in a bulk import. Prefix queries ("lin*") now range over the terms of the
-- main index, which stays well inside the search target (ADR 0015). The rows keep their rowid (the provider's).
CREATE VIRTUAL TABLE provider_search_v10 USING fts5(
    provider_id UNINDEXED, names, identifiers, specialties,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO provider_search_v10 (rowid, provider_id, names, identifiers, specialties)
    SELECT rowid, provider_id, names, identifiers, specialties FROM provider_search;
DROP TABLE provider_search;
ALTER TABLE provider_search_v10 RENAME TO provider_search;
