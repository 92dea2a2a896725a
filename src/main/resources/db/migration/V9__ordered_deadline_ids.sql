-- A deadline's id now starts with the first 64 bits of its provider's id (time-ordered) and ends with the last 64
-- bits of the name-based UUID of its key (DeadlineRepository.idOf): new providers' deadlines append to the id index
-- instead of landing at random places in it (ADR 0015). Older rows get the same id the code now derives for them,
-- so done and snooze survive the next refresh. Change-log rows written before keep the old id as their entity id.
UPDATE deadline SET id = substr(provider_id, 1, 18) || substr(id, 19) WHERE length(provider_id) >= 18;
