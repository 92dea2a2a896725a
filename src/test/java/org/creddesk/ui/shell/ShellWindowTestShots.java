package org.creddesk.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;

/** The shell tests' screenshot helper, for the tests of other screens. */
public final class ShellWindowTestShots {
    private ShellWindowTestShots() {
    }

    public static Path snapshot(Scene scene, String name) throws IOException, TimeoutException {
        return ShellWindowTest.snapshot(scene, name);
    }
}
