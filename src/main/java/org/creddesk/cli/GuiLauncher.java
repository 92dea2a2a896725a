package org.creddesk.cli;

import java.nio.file.Path;
import java.time.Clock;

/** Opens the window when no command is given; supplied by Main so the CLI does not depend on the UI. */
@FunctionalInterface
public interface GuiLauncher {
    void launch(Path dbFile, Clock clock);
}
