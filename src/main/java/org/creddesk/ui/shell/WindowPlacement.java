package org.creddesk.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the main window opens: where the person left it, if that is still on a screen, else sized to the screen
 * (1280x800 at most, never beyond the visible area, so a 1366x768 laptop keeps its menu and status bars). Kept in
 * {@link #FILE_NAME} beside the database, written when the window closes.
 */
public final class WindowPlacement {
    public static final double PREFERRED_WIDTH = 1280;
    public static final double PREFERRED_HEIGHT = 800;
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 640;
    private static final double VISIBLE_PART = 120;
    /** The file beside the database that keeps the placement. */
    public static final String FILE_NAME = "window-placement.properties";

    /** A rectangle in screen coordinates; {@code maximized} only for a saved window. */
    public record Bounds(double x, double y, double width, double height, boolean maximized) {
        boolean overlapsEnough(Bounds screen) {
            double w = Math.min(x + width, screen.x + screen.width) - Math.max(x, screen.x);
            double h = Math.min(y + height, screen.y + screen.height) - Math.max(y, screen.y);
            return w >= VISIBLE_PART && h >= VISIBLE_PART && y >= screen.y - 1 && y < screen.y + screen.height;
        }
    }

    private WindowPlacement() {
    }

    /** The saved bounds when still visible on one of the screens (shrunk to it), else the default on the first screen. */
    public static Bounds choose(Optional<Bounds> saved, List<Bounds> screens) {
        Bounds primary = screens.isEmpty() ? new Bounds(0, 0, PREFERRED_WIDTH, PREFERRED_HEIGHT, false) : screens.get(0);
        if (saved.isPresent()) {
            for (Bounds screen : screens) {
                if (saved.get().overlapsEnough(screen)) {
                    return fit(saved.get(), screen);
                }
            }
        }
        double w = Math.min(PREFERRED_WIDTH, primary.width());
        double h = Math.min(PREFERRED_HEIGHT, primary.height());
        return new Bounds(primary.x() + (primary.width() - w) / 2, primary.y() + (primary.height() - h) / 2, w, h,
                false);
    }

    private static Bounds fit(Bounds b, Bounds screen) {
        double w = Math.min(b.width(), screen.width());
        double h = Math.min(b.height(), screen.height());
        double x = Math.max(screen.x(), Math.min(b.x(), screen.x() + screen.width() - w));
        double y = Math.max(screen.y(), Math.min(b.y(), screen.y() + screen.height() - h));
        return new Bounds(x, y, w, h, b.maximized());
    }

    public static Optional<Bounds> load(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            return Optional.of(new Bounds(number(p, "x"), number(p, "y"), number(p, "width"), number(p, "height"),
                    Boolean.parseBoolean(p.getProperty("maximized"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged file only loses the placement
        }
    }

    public static void save(Path file, Bounds b) {
        Properties p = new Properties();
        p.setProperty("x", Double.toString(b.x()));
        p.setProperty("y", Double.toString(b.y()));
        p.setProperty("width", Double.toString(b.width()));
        p.setProperty("height", Double.toString(b.height()));
        p.setProperty("maximized", Boolean.toString(b.maximized()));
        try {
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "window", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "CredDesk main window");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the placement is a convenience: a read-only folder must not stop the window from closing
        }
    }

    private static double number(Properties p, String key) {
        double v = Double.parseDouble(p.getProperty(key));
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new NumberFormatException(key);
        }
        return v;
    }
}
