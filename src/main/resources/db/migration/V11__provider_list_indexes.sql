-- The provider list's orders, each one index that holds everything the list filters and sorts on (ADR 0015):
-- a page deep in 100,000 providers, or the first page by NPI, came from sorting every provider (0.3-2.3 s); now
-- it is a walk along the index (under 50 ms). Partial on live rows, as every list query asks for them. The NPI
-- index beside the unique one: that one leaves out providers without an NPI, so it cannot order the list.
DROP INDEX provider_name;
CREATE INDEX provider_list_name ON provider(last_name COLLATE NOCASE, first_name COLLATE NOCASE, id, status)
    WHERE deleted_at IS NULL;
CREATE INDEX provider_list_npi ON provider(npi, id, status) WHERE deleted_at IS NULL;
