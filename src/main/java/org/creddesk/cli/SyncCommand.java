package org.creddesk.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.creddesk.sync.SyncException;
import org.creddesk.sync.SyncService;
import org.creddesk.sync.Wire;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code creddesk sync join|now|status|leave|conflicts|resolve}: this desktop and its team server. */
@Command(name = "sync", description = "Sync this desktop with a CredDesk team server.",
        subcommands = {SyncCommand.Join.class, SyncCommand.Now.class, SyncCommand.StatusCmd.class,
                SyncCommand.Leave.class, SyncCommand.Conflicts.class, SyncCommand.Resolve.class})
public final class SyncCommand {
    @ParentCommand
    CredDeskCommand root;

    /** Runs a sync call, turning its failure into the CLI's exit codes (unreachable 2, refused or auth 4). */
    static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (SyncException e) {
            int code = switch (e.kind()) {
                case UNREACHABLE -> CliException.UNREADABLE;
                case NOT_FOUND -> CliException.NOT_FOUND;
                default -> CliException.REFUSED;
            };
            throw new CliException(code, e.getMessage());
        }
    }

    @Command(name = "join", description = "Join a team with the one-time code a manager gave you.")
    static final class Join implements Runnable {
        @ParentCommand
        SyncCommand parent;
        @Parameters(index = "0", paramLabel = "URL")
        String url;
        @Parameters(index = "1", paramLabel = "CODE")
        String code;
        @Option(names = "--json")
        boolean json;

        @Override
        public void run() {
            SyncService sync = parent.root.context().sync();
            var a = call(() -> sync.join(url, code));
            long waiting = sync.status().waiting();
            if (json) {
                parent.root.out().println(Json.write(Map.of("team", a.team(), "user", a.user(), "role", a.role(),
                        "device", a.deviceId(), "waiting", waiting)));
            }
            parent.root.err().println("Joined team '" + a.team() + "' as " + a.user() + " (" + a.role() + "); "
                    + Counted.of(waiting, "local change") + " will be offered on the next 'creddesk sync now'");
        }
    }

    @Command(name = "now", description = "Push this desktop's waiting changes, then pull the team's.")
    static final class Now implements Runnable {
        @ParentCommand
        SyncCommand parent;
        @Option(names = "--json")
        boolean json;

        @Override
        public void run() {
            SyncService.Report r = call(() -> parent.root.context().sync().now());
            if (json) {
                parent.root.out().println(Json.write(r));
            }
            parent.root.err().println("Pushed " + r.pushed() + " (" + r.applied() + " applied, " + r.merged()
                    + " merged, " + r.conflicts() + " in conflict), pulled " + r.pulled() + "; "
                    + Counted.of(r.openConflicts(), "open conflict"));
        }
    }

    @Command(name = "status", description = "Team, last sync, changes waiting, open conflicts.")
    static final class StatusCmd implements Runnable {
        @ParentCommand
        SyncCommand parent;
        @Option(names = "--json")
        boolean json;

        @Override
        public void run() {
            SyncService.Status s = parent.root.context().sync().status();
            if (json) {
                parent.root.out().println(Json.write(s));
                return;
            }
            if (!s.joined()) {
                parent.root.out().println("Not joined to a team (" + Counted.of(s.waiting(), "local change") + ")");
                return;
            }
            parent.root.out().println("Team '" + s.team() + "' on " + s.server() + " as " + s.user() + " (" + s.role()
                    + "); last sync " + (s.lastSyncAt() == null ? "never" : s.lastSyncAt()) + "; "
                    + Counted.of(s.waiting(), "change") + " waiting; " + Counted.of(s.openConflicts(), "open conflict")
                    + (s.notSynced() > 0 ? "; " + Counted.of(s.notSynced(), "change") + " of kinds that do not sync yet" : "")
                    + (s.lastError() == null ? "" : "; last error: " + s.lastError()));
        }
    }

    @Command(name = "leave", description = "Leave the team; the local data stays on this desktop.")
    static final class Leave implements Runnable {
        @ParentCommand
        SyncCommand parent;

        @Override
        public void run() {
            call(() -> {
                parent.root.context().sync().leave();
                return null;
            });
            parent.root.err().println("Left the team; the data on this desktop stays");
        }
    }

    @Command(name = "conflicts", description = "The team's open sync conflicts, with every candidate.")
    static final class Conflicts implements Runnable {
        @ParentCommand
        SyncCommand parent;
        @Option(names = "--json")
        boolean json;

        @Override
        public void run() {
            List<Wire.Conflict> conflicts = call(() -> parent.root.context().sync().conflicts());
            if (json) {
                parent.root.out().println(Json.write(conflicts.stream().map(SyncCommand::shown).toList()));
                return;
            }
            for (Wire.Conflict c : conflicts) {
                parent.root.out().println(c.id() + "  " + c.entity() + " " + c.entityId() + "  " + String.join(", ", c.fields()));
                for (Wire.Candidate k : c.candidates()) {
                    parent.root.out().println("    " + k.id() + "  " + (k.deleted() ? "(deleted)" : k.value()) + "  by "
                            + k.user() + " on " + k.device() + " at " + k.at());
                }
            }
            parent.root.err().println(Counted.of(conflicts.size(), "open conflict"));
        }
    }

    /** The shape scripts read: id, entity, entityId, fields, candidates [{id, value, user, device, at}]. */
    static Map<String, Object> shown(Wire.Conflict c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("entity", c.entity());
        m.put("entityId", c.entityId());
        m.put("fields", c.fields());
        List<Map<String, Object>> candidates = new ArrayList<>();
        for (Wire.Candidate k : c.candidates()) {
            Map<String, Object> km = new LinkedHashMap<>();
            km.put("id", k.id());
            km.put("value", k.deleted() ? null : k.value());
            if (k.deleted()) {
                km.put("deleted", true);
            }
            km.put("user", k.user());
            km.put("device", k.device());
            km.put("at", k.at());
            candidates.add(km);
        }
        m.put("candidates", candidates);
        return m;
    }

    @Command(name = "resolve", description = "Manager: choose a conflict's candidate, with a reason.")
    static final class Resolve implements Runnable {
        @ParentCommand
        SyncCommand parent;
        @Parameters(paramLabel = "CONFLICT_ID")
        String id;
        @Option(names = "--take", required = true, paramLabel = "CANDIDATE_ID")
        String take;
        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;
        @Option(names = "--json")
        boolean json;

        @Override
        public void run() {
            Wire.Conflict c = call(() -> parent.root.context().sync().resolve(id, take, reason));
            if (json) {
                parent.root.out().println(Json.write(shown(c)));
            }
            parent.root.err().println("Conflict " + id + " resolved; every desktop takes the chosen value on its next sync");
        }
    }
}
