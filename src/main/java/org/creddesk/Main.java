package org.creddesk;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.creddesk.cli.CredDeskCli;
import org.creddesk.ui.shell.DesktopLauncher;

/** Entry point: the window with no command, the CLI with one (see {@code creddesk --help}). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        boolean[] gui = {false};
        int code = new CredDeskCli(out, err, Clock.systemDefaultZone()).execute(args, (db, clock) -> {
            gui[0] = true;
            DesktopLauncher.launch(db, clock);
        });
        if (!gui[0] || code != 0) {
            System.exit(code);
        }
    }
}
