package org.creddesk;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.creddesk.app.ErrorLog;
import org.creddesk.cli.CredDeskCli;
import org.creddesk.ui.shell.DesktopLauncher;

/** Entry point: the window with no command, the CLI with one (see {@code creddesk --help}). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        // The person's messages keep the real stderr; everything else printed there (library warnings with their
        // traces, uncaught exceptions, our own log lines) goes to the log file.
        ErrorLog log = ErrorLog.inDataFolder();
        PrintStream logStream = log.openStream();
        if (logStream != null) {
            System.setErr(logStream);
        }
        boolean[] gui = {false};
        int code = new CredDeskCli(out, err, Clock.systemDefaultZone(), log).execute(args, (db, clock) -> {
            gui[0] = true;
            DesktopLauncher.launch(db, clock);
        });
        if (!gui[0] || code != 0) {
            System.exit(code);
        }
    }
}
