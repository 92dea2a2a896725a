package org.creddesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.creddesk.server.Role;
import org.creddesk.server.ServerException;
import org.creddesk.server.ServerHome;
import org.creddesk.store.DataFolder;
import org.creddesk.sync.Wire;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code creddesk server init|team|user|device}: run on the server's host, against its database. */
@Command(name = "server", description = "Prepare the team server's store; manage teams, users and devices on it.",
        subcommands = {ServerCommand.Init.class, ServerCommand.TeamCmd.class, ServerCommand.UserCmd.class,
                ServerCommand.DeviceCmd.class})
public final class ServerCommand {
    @ParentCommand
    CredDeskCommand root;

    /** Where the server's data is: the bundled PostgreSQL's folder, or a PostgreSQL URL. */
    public static final class Store {
        @Option(names = "--data", paramLabel = "DIR", description = "Server data folder (bundled PostgreSQL)")
        Path data;
        @Option(names = "--database", paramLabel = "JDBC_URL", description = "Use this PostgreSQL 14+ instead")
        String database;
        @Option(names = "--db-user", paramLabel = "USER")
        String dbUser;
        @Option(names = "--db-password-file", paramLabel = "FILE")
        Path dbPasswordFile;

        Path dataDir() {
            return data != null ? data : DataFolder.resolveDefault().resolve("server");
        }

        <T> T with(Function<ServerHome, T> work) {
            try (ServerHome home = ServerHome.open(dataDir(), database, dbUser, dbPasswordFile)) {
                return work.apply(home);
            } catch (ServerException e) {
                throw asCli(e);
            }
        }
    }

    static CliException asCli(ServerException e) {
        int code = switch (e.status()) {
            case 404 -> CliException.NOT_FOUND;
            case 400 -> CliException.USAGE;
            case 409, 403, 401 -> CliException.REFUSED;
            default -> CliException.UNREADABLE;
        };
        return new CliException(code, e.getMessage());
    }

    @Command(name = "init", description = "Prepare the store with a team and its first manager; prints the manager's one-time code.")
    static final class Init implements Runnable {
        @ParentCommand
        ServerCommand parent;
        @Mixin
        Store store;
        @Option(names = "--team", required = true, paramLabel = "NAME")
        String team;
        @Option(names = "--admin", required = true, paramLabel = "USER")
        String admin;
        @Option(names = "--json")
        boolean json;

        @Override
        public void run() {
            String code = store.with(home -> home.admin().init(team, admin));
            printCode(parent.root, json, admin, code);
        }
    }

    static void printCode(CredDeskCommand root, boolean json, String user, String code) {
        if (json) {
            root.out().println(Json.write(Map.of("code", code)));
        } else {
            root.out().println(code);
            root.err().println("One-time enrolment code for " + user + ": give it to them; on their desktop run "
                    + "'creddesk sync join URL CODE'. It works once.");
        }
    }

    @Command(name = "team", description = "Teams.", subcommands = TeamCmd.Add.class)
    static final class TeamCmd {
        @ParentCommand
        ServerCommand parent;

        @Command(name = "add", description = "Add a team.")
        static final class Add implements Runnable {
            @ParentCommand
            TeamCmd parent;
            @Mixin
            Store store;
            @Parameters(paramLabel = "NAME")
            String name;

            @Override
            public void run() {
                store.with(home -> home.admin().addTeam(name));
                parent.parent.root.err().println("Team '" + name + "' added");
            }
        }
    }

    @Command(name = "user", description = "Users of a team.", subcommands = {UserCmd.Add.class, UserCmd.Revoke.class})
    static final class UserCmd {
        @ParentCommand
        ServerCommand parent;

        @Command(name = "add", description = "Add a user; prints their one-time enrolment code.")
        static final class Add implements Runnable {
            @ParentCommand
            UserCmd parent;
            @Mixin
            Store store;
            @Parameters(paramLabel = "NAME")
            String name;
            @Option(names = "--team", required = true, paramLabel = "TEAM")
            String team;
            @Option(names = "--role", required = true, paramLabel = "ROLE",
                    description = "coordinator, manager, read-only or auditor")
            String role;
            @Option(names = "--json")
            boolean json;

            @Override
            public void run() {
                String code = store.with(home -> home.admin().addUser(team, name, roleOf(role)));
                printCode(parent.parent.root, json, name, code);
            }
        }

        @Command(name = "revoke", description = "Revoke a user and every device of theirs, at once.")
        static final class Revoke implements Runnable {
            @ParentCommand
            UserCmd parent;
            @Mixin
            Store store;
            @Parameters(paramLabel = "NAME")
            String name;

            @Override
            public void run() {
                store.with(home -> {
                    home.admin().revokeUser(null, name);
                    return null;
                });
                parent.parent.root.err().println("User '" + name + "' revoked");
            }
        }
    }

    static Role roleOf(String role) {
        try {
            return Role.of(role);
        } catch (ServerException e) {
            throw new CliException(CliException.USAGE, e.getMessage());
        }
    }

    @Command(name = "device", description = "Enrolled devices.", subcommands = {DeviceCmd.ListDevices.class,
            DeviceCmd.Revoke.class})
    static final class DeviceCmd {
        @ParentCommand
        ServerCommand parent;

        @Command(name = "list", description = "Devices (of one team with --team).")
        static final class ListDevices implements Runnable {
            @ParentCommand
            DeviceCmd parent;
            @Mixin
            Store store;
            @Option(names = "--team", paramLabel = "TEAM")
            String team;
            @Option(names = "--json")
            boolean json;

            @Override
            public void run() {
                List<Wire.DeviceInfo> devices = store.with(home -> home.admin().devices(team == null ? null
                        : home.admin().teamId(team).orElseThrow(() -> new ServerException(404, "No team named '" + team + "'"))));
                printDevices(parent.parent.root, json, devices);
            }
        }

        @Command(name = "revoke", description = "Revoke one device: its token is refused from now on.")
        static final class Revoke implements Runnable {
            @ParentCommand
            DeviceCmd parent;
            @Mixin
            Store store;
            @Parameters(paramLabel = "DEVICE_ID")
            String id;

            @Override
            public void run() {
                store.with(home -> {
                    home.admin().revokeDevice(null, id);
                    return null;
                });
                parent.parent.root.err().println("Device " + id + " revoked");
            }
        }
    }

    static void printDevices(CredDeskCommand root, boolean json, List<Wire.DeviceInfo> devices) {
        if (json) {
            root.out().println(Json.write(devices));
            return;
        }
        for (Wire.DeviceInfo d : devices) {
            root.out().printf("%-36s  %-16s  %-20s  %s%n", d.id(), d.user(), d.name(),
                    d.revokedAt() == null ? "active" : "revoked");
        }
    }
}
