package org.creddesk.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Writes a PNG of a window to target/screenshots/, to look at (README pictures are taken from there). */
public final class Screenshots {
    private Screenshots() {
    }

    public static Path write(Stage window, String name) throws IOException {
        return write(window.getScene(), name);
    }

    /** A scene: the main window's or a dialog's. */
    public static Path write(Scene scene, String name) throws IOException {
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
        return out;
    }
}
