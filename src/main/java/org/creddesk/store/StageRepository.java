package org.creddesk.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Ids;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.workflow.LifecycleRule;
import org.creddesk.domain.workflow.LifecycleStage;
import org.creddesk.domain.workflow.ProviderStage;
import org.creddesk.domain.workflow.ProviderWorkflow;
import org.creddesk.domain.workflow.StageCause;
import org.creddesk.domain.workflow.StageMove;
import org.jdbi.v3.core.Handle;

/**
 * The lifecycle stage of every provider (ADR 0029): a row per provider in {@code provider_stage}, moved by the facts
 * in the transaction of the write that changes them (through the deadline refresh) and by people with a reason;
 * every move is a {@code provider_stage_move} row written through the change log.
 */
public final class StageRepository {
    /** Who moves a stage when the facts say so. */
    public static final ChangeContext RULE = new ChangeContext("lifecycle-rule", "creddesk", "local");
    private static final String INSERT = "INSERT INTO provider_stage (provider_id, stage, since, cause, facts) "
            + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (provider_id) DO NOTHING";

    private final Database db;
    private final List<Object[]> queued = new ArrayList<>();
    private Handle queueOwner;

    public StageRepository(Database db) {
        this.db = db;
    }

    /** New providers get their first stage in their save; later saves and workflow writes refresh it. */
    public void attachTo(ProviderRepository providers, DeadlineRepository deadlines) {
        providers.addSaveListener(new ProviderSaveListener() {
            @Override
            public void saved(Handle h, ProviderFile saved, ProviderFile previous) {
                if (previous == null) {
                    queue(h, saved);
                }
            }

            @Override
            public void flush(Handle h) {
                flushQueued(h);
            }
        });
        deadlines.addRefreshListener(this::refresh);
    }

    private synchronized void queue(Handle h, ProviderFile file) {
        if (queueOwner != h) {
            queued.clear(); // a save that failed before its flush left rows behind: they were never written
            queueOwner = h;
        }
        LifecycleStage stage = file.provider().status() == ProviderStatus.RETIRED ? LifecycleStage.INACTIVE
                : LifecycleStage.RECRUITING;
        queued.add(new Object[] {file.id(), stage.name(), today().toString(), StageCause.FACT.name(), stage.name()});
    }

    private synchronized void flushQueued(Handle h) {
        try {
            if (queueOwner != h || queued.isEmpty()) {
                return;
            }
            ProviderWriter.JdbcBatch batch = new ProviderWriter.JdbcBatch(h, INSERT);
            queued.forEach(batch::add);
            batch.execute();
        } finally {
            queued.clear();
            queueOwner = null;
        }
    }

    private LocalDate today() {
        return LocalDate.now(db.clock());
    }

    /** Moves the stage when the facts of {@code file} say so (caller's transaction); a missing row is placed. */
    void refresh(Handle h, ProviderFile file, ProviderWorkflow workflow) {
        LocalDate today = today();
        LifecycleRule.FactStage facts = LifecycleRule.factsOf(file.provider().status(),
                workflow == null ? ProviderWorkflow.empty() : workflow, today, today);
        Optional<ProviderStage> current = current(h, file.id());
        if (current.isEmpty()) {
            h.execute(INSERT, file.id(), facts.stage().name(), facts.on().toString(), StageCause.FACT.name(),
                    facts.stage().name());
            return;
        }
        ProviderStage now = current.get();
        Optional<LifecycleRule.FactStage> move = LifecycleRule.move(now, facts);
        if (move.isEmpty()) {
            if (now.facts() != facts.stage()) {
                h.execute("UPDATE provider_stage SET facts = ? WHERE provider_id = ?", facts.stage().name(), file.id());
            }
            return;
        }
        LifecycleStage to = move.get().stage();
        LocalDate on = to == LifecycleStage.RECRUITING || to == LifecycleStage.INACTIVE ? today : move.get().on();
        if (on.isBefore(now.since())) {
            on = now.since(); // a fact dated before the stage it leaves: the move cannot predate that stage
        }
        write(h, now, new StageMove(Ids.newId(db.clock()), file.id(), now.stage(), to, on, StageCause.FACT,
                LifecycleRule.reason(to), RULE.actor()), facts.stage(), RULE);
    }

    private void write(Handle h, ProviderStage before, StageMove move, LifecycleStage facts, ChangeContext ctx) {
        new WorkflowRows(h, ctx, Ids.newId(db.clock()), db.clock().instant())
                .insert(WorkflowSchema.STAGE_MOVE, move, move.providerId());
        h.execute("UPDATE provider_stage SET stage = ?, since = ?, cause = ?, facts = ? WHERE provider_id = ?",
                move.to().name(), move.on().toString(), move.cause().name(),
                facts == null ? null : facts.name(), before.providerId());
    }

    /** A person moves a provider to {@code to} today, for {@code reason}; returns the move written. */
    public StageMove moveByHand(String providerId, LifecycleStage to, String reason, ChangeContext ctx) {
        return db.write(h -> {
            ProviderStage now = current(h, providerId).orElseThrow(
                    () -> new StoreException("No lifecycle stage for provider " + providerId));
            if (now.stage() == to) {
                throw new IllegalArgumentException("The provider is already in " + to.label());
            }
            StageMove move = new StageMove(Ids.newId(db.clock()), providerId, now.stage(), to, today(),
                    StageCause.MANUAL, reason.strip(), ctx.actor());
            write(h, now, move, now.facts(), ctx);
            return move;
        });
    }

    public Optional<ProviderStage> current(String providerId) {
        return db.read(h -> current(h, providerId));
    }

    private static Optional<ProviderStage> current(Handle h, String providerId) {
        return h.createQuery("SELECT provider_id, stage, since, cause, facts FROM provider_stage WHERE provider_id = ?")
                .bind(0, providerId).map((rs, c) -> new ProviderStage(rs.getString(1),
                        LifecycleStage.valueOf(rs.getString(2)), LocalDate.parse(rs.getString(3)),
                        StageCause.valueOf(rs.getString(4)),
                        rs.getString(5) == null ? null : LifecycleStage.valueOf(rs.getString(5))))
                .findFirst();
    }

    /** Every move of a provider's stage, oldest first. */
    public List<StageMove> history(String providerId) {
        return db.read(h -> WorkflowRows.select(h, WorkflowSchema.STAGE_MOVE, "provider_id = ? ORDER BY rowid",
                providerId));
    }

    /**
     * Moves the stages a date alone moves (an approved enrollment's effective date has come): run once at start,
     * since no write happens on the day itself. Returns how many providers moved.
     */
    public int catchUp() {
        String today = today().toString();
        List<String> due = db.read(h -> h.createQuery("SELECT s.provider_id FROM provider_stage s "
                + "WHERE s.stage NOT IN ('ONGOING', 'INACTIVE') AND s.facts IS NOT 'ONGOING' AND EXISTS (SELECT 1 "
                + "FROM enrollment e WHERE e.provider_id = s.provider_id AND e.deleted_at IS NULL "
                + "AND e.status = 'APPROVED' AND e.effective_date <= ?)").bind(0, today).mapTo(String.class).list());
        if (due.isEmpty()) {
            return 0;
        }
        return db.write(h -> {
            Map<String, ProviderFile> files = ProviderRepository.loadAll(h, due);
            Map<String, ProviderWorkflow> workflows = WorkflowFactsReader.load(h, due);
            int moved = 0;
            for (ProviderFile f : files.values()) {
                LifecycleStage before = current(h, f.id()).map(ProviderStage::stage).orElse(null);
                refresh(h, f, workflows.get(f.id()));
                if (current(h, f.id()).map(ProviderStage::stage).orElse(null) != before) {
                    moved++;
                }
            }
            return moved;
        });
    }
}
