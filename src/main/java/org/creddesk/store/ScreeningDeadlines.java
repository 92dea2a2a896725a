package org.creddesk.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
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
    private static final String KIND = DeadlineKind.SCREENING.name();
    /** The screening deadlines to insert: due for an active provider, not stored yet. */
    private static final String TO_INSERT = " FROM screening_due s JOIN provider p ON p.id = s.provider_id "
            + "WHERE p.status = 'ACTIVE' AND p.deleted_at IS NULL "
            + "AND NOT EXISTS (SELECT 1 FROM deadline d WHERE d.id = s.id)";

    private ScreeningDeadlines() {
    }

    static void move(Handle h, DeadlinePolicy policy, Collection<String> providerIds, LocalDate screenedOn) {
        ScreeningStanding standing = new ScreeningStanding(screenedOn, null, 0, 0);
        moveTo(h, providerIds, id -> policy.screening(id, standing).orElseThrow());
    }

    /**
     * An exclusion list downloaded on {@code downloadedOn} was imported, in the caller's transaction: providers
     * screened before that day must be screened again within the alert days (DOMAIN.md), so their screening
     * deadline moves there when it was due later. The same rows {@link DeadlinePolicy#screening} derives from the
     * standing with that list as its alert. Returns how many moved.
     */
    static int alert(Handle h, DeadlinePolicy policy, LocalDate downloadedOn) {
        LocalDate due = policy.screeningAlertDue(downloadedOn);
        List<String> providerIds = h.createQuery("SELECT d.provider_id FROM deadline d JOIN provider_screening s "
                        + "ON s.provider_id = d.provider_id WHERE d.kind = ? AND d.due > ? AND s.last_screened_on < ?")
                .bind(0, KIND).bind(1, due.toString()).bind(2, downloadedOn.toString()).mapTo(String.class).list();
        if (!providerIds.isEmpty()) {
            moveTo(h, providerIds, id -> policy.screeningDueOn(id, due));
        }
        return providerIds.size();
    }

    /** Moves the screening deadlines of these providers to the one {@code deadlineOf} gives (the same due day). */
    private static void moveTo(Handle h, Collection<String> providerIds, Function<String, Deadline> deadlineOf) {
        // Set-based: the new rows' ids (name-based UUIDs, computed here) go to a temporary table, then a few
        // statements join it (3x faster than statements per provider).
        h.execute("CREATE TEMP TABLE IF NOT EXISTS screening_due (provider_id TEXT PRIMARY KEY, id TEXT NOT NULL)");
        h.execute("DELETE FROM screening_due");
        Deadline sample = fill(h, providerIds, deadlineOf);
        if (sample != null) {
            String due = sample.due().toString();
            String warnFrom = sample.warnFrom().toString();
            // A moved deadline is a new row to every reader (new id, open, not snoozed), rewritten in place: a delete
            // and an insert cost twice the index work (~1 s of a 100k run). The provider's NPI, name and coordinator
            // on the row are kept current by every save. V8's update trigger moves the row in the tally. A second run
            // in the same month leaves the due date, so the row (its id) stays.
            h.execute("UPDATE deadline SET id = s.id, subject = ?, due = ?, warn_from = ?, alert_stages = '', "
                    + "source_id = deadline.provider_id, status = 'OPEN', done_on = NULL, snoozed_until = NULL, "
                    + "snooze_reason = NULL FROM screening_due s WHERE deadline.kind = ? "
                    + "AND deadline.provider_id = s.provider_id AND deadline.id <> s.id",
                    sample.subject(), due, warnFrom, KIND);
            // Providers without a screening deadline yet (rare; a quick check first, 0.3 s of 100k otherwise): inserts,
            // which the tally counts in code (V8's triggers count only deletes and updates): the same rows, grouped
            // per coordinator, counted before they exist.
            if (h.createQuery("SELECT EXISTS (SELECT 1 FROM screening_due s WHERE NOT EXISTS "
                    + "(SELECT 1 FROM deadline d WHERE d.id = s.id))").mapTo(Boolean.class).one()) {
                h.execute("INSERT INTO deadline_tally (due, kind, coordinator, open) SELECT ?, ?, "
                        + "COALESCE(p.coordinator, ''), COUNT(*)" + TO_INSERT + " GROUP BY 3 "
                        + "ON CONFLICT (due, kind, coordinator) DO UPDATE SET open = open + excluded.open", due, KIND);
                // sourceId is the provider id (DeadlinePolicy.screening).
                h.execute("INSERT INTO deadline (id, provider_id, npi, provider_name, coordinator, kind, subject, due, "
                        + "warn_from, alert_stages, source_id) SELECT s.id, p.id, p.npi, COALESCE(p.last_name, '') "
                        + "|| ', ' || COALESCE(p.first_name, ''), p.coordinator, ?, ?, ?, ?, '', p.id" + TO_INSERT,
                        KIND, sample.subject(), due, warnFrom);
            }
            DeadlineTally.widenWarning(h, ChronoUnit.DAYS.between(sample.warnFrom(), sample.due()));
        }
        h.execute("DELETE FROM screening_due");
    }

    /** Writes each provider's new deadline id to the temporary table; returns one of the deadlines (null if none). */
    private static Deadline fill(Handle h, Collection<String> providerIds, Function<String, Deadline> deadlineOf) {
        Deadline sample = null;
        try (PreparedStatement insert = h.getConnection().prepareStatement(
                "INSERT INTO screening_due (provider_id, id) VALUES (?, ?)")) {
            int pending = 0;
            for (String id : providerIds) {
                Deadline d = deadlineOf.apply(id);
                sample = d;
                insert.setString(1, id);
                insert.setString(2, DeadlineRepository.idOf(d));
                insert.addBatch();
                if (++pending == 5000) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("Cannot move the screening deadlines: " + e.getMessage(), e);
        }
        return sample;
    }
}
