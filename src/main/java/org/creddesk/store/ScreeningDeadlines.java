package org.creddesk.store;

import java.time.LocalDate;
import java.util.Collection;
import org.creddesk.domain.workflow.Deadline;
import org.creddesk.domain.workflow.DeadlineKind;
import org.creddesk.domain.workflow.DeadlinePolicy;
import org.creddesk.domain.workflow.ScreeningStanding;
import org.jdbi.v3.core.Handle;

/**
 * The screening deadlines of the providers a run screened, moved in the run's transaction (ADR 0013). The rows are
 * the ones {@link DeadlinePolicy#screening} derives, so a later full re-derivation finds them unchanged.
 */
final class ScreeningDeadlines {
    /** The screening deadlines to insert: due for an active provider, not stored yet. */
    private static final String TO_INSERT = " FROM screening_due s JOIN provider p ON p.id = s.provider_id "
            + "WHERE p.status = 'ACTIVE' AND p.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM deadline d WHERE d.id = s.id)";

    private ScreeningDeadlines() {
    }

    static void move(Handle h, DeadlinePolicy policy, Collection<String> providerIds, LocalDate screenedOn) {
        ScreeningStanding standing = new ScreeningStanding(screenedOn, null, 0, 0);
        // Set-based: the new rows' ids (name-based UUIDs, computed here) go to a temporary table, then one DELETE
        // and one INSERT ... SELECT join the provider rows (3x faster than a statement per provider).
        h.execute("CREATE TEMP TABLE IF NOT EXISTS screening_due (provider_id TEXT PRIMARY KEY, id TEXT NOT NULL UNIQUE)");
        h.execute("DELETE FROM screening_due");
        Deadline sample = null;
        try (java.sql.PreparedStatement insert = h.getConnection().prepareStatement(
                "INSERT INTO screening_due (provider_id, id) VALUES (?, ?)")) {
            int pending = 0;
            for (String id : providerIds) {
                Deadline d = policy.screening(id, standing).orElseThrow();
                sample = d;
                insert.setString(1, id);
                insert.setString(2, DeadlineRepository.idOf(d.key()));
                insert.addBatch();
                if (++pending == 5000) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        } catch (java.sql.SQLException e) {
            throw new StoreException("Cannot move the screening deadlines: " + e.getMessage(), e);
        }
        if (sample != null) {
            String kind = DeadlineKind.SCREENING.name();
            // A second run in the same month leaves the due date, so the row (its id) stays: only moved ones change.
            h.execute("DELETE FROM deadline WHERE kind = ? AND provider_id IN (SELECT provider_id FROM screening_due) "
                    + "AND id NOT IN (SELECT id FROM screening_due)", kind);
            String due = sample.due().toString();
            // The tally counts inserts in code (V8's triggers only count deletes and updates): the same rows as the
            // INSERT below, grouped per coordinator, counted before they exist (the NOT EXISTS picks them).
            h.execute("INSERT INTO deadline_tally (due, kind, coordinator, open) SELECT ?, ?, COALESCE(p.coordinator, ''), "
                    + "COUNT(*)" + TO_INSERT + " GROUP BY 3 ON CONFLICT (due, kind, coordinator) "
                    + "DO UPDATE SET open = open + excluded.open", due, kind);
            // sourceId is the provider id (DeadlinePolicy.screening).
            h.execute("INSERT INTO deadline (id, provider_id, npi, provider_name, coordinator, kind, subject, due, "
                    + "warn_from, alert_stages, source_id) SELECT s.id, p.id, p.npi, COALESCE(p.last_name, '') || ', ' "
                    + "|| COALESCE(p.first_name, ''), p.coordinator, ?, ?, ?, ?, '', p.id" + TO_INSERT,
                    kind, sample.subject(), due, sample.warnFrom().toString());
            DeadlineTally.widenWarning(h, java.time.temporal.ChronoUnit.DAYS.between(sample.warnFrom(), sample.due()));
        }
        h.execute("DELETE FROM screening_due");
    }
}
