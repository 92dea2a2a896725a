package org.creddesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code creddesk team user add|revoke, team devices}: a manager's desktop manages the team through the server. */
@Command(name = "team", description = "Manager: the team's users and devices, through the team server.",
        subcommands = {TeamCommand.UserCmd.class, TeamCommand.Devices.class})
public final class TeamCommand {
    @ParentCommand
    CredDeskCommand root;

    @Command(name = "user", description = "Users of the team.", subcommands = {UserCmd.Add.class, UserCmd.Revoke.class})
    static final class UserCmd {
        @ParentCommand
        TeamCommand parent;

        @Command(name = "add", description = "Add a user; prints their one-time enrolment code.")
        static final class Add implements Runnable {
            @ParentCommand
            UserCmd parent;
            @Parameters(paramLabel = "NAME")
            String name;
            @Option(names = "--role", required = true, paramLabel = "ROLE",
                    description = "coordinator, manager, read-only or auditor")
            String role;
            @Option(names = "--json")
            boolean json;

            @Override
            public void run() {
                CredDeskCommand root = parent.parent.root;
                String code = SyncCommand.call(() -> root.context().sync().addUser(name, role)).code();
                ServerCommand.printCode(root, json, name, code);
            }
        }

        @Command(name = "revoke", description = "Revoke a user and all their devices, at once.")
        static final class Revoke implements Runnable {
            @ParentCommand
            UserCmd parent;
            @Parameters(paramLabel = "NAME")
            String name;

            @Override
            public void run() {
                CredDeskCommand root = parent.parent.root;
                SyncCommand.call(() -> {
                    root.context().sync().revokeUser(name);
                    return null;
                });
                root.err().println("User '" + name + "' revoked");
            }
        }
    }

    @Command(name = "devices", description = "The team's enrolled devices.")
    static final class Devices implements Runnable {
        @ParentCommand
        TeamCommand parent;
        @Option(names = "--json")
        boolean json;

        @Override
        public void run() {
            ServerCommand.printDevices(parent.root, json, SyncCommand.call(() -> parent.root.context().sync().devices()));
        }
    }
}
