package org.creddesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.creddesk.ui.shell.WindowPlacement.Bounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowPlacementTest {
    static final Bounds LAPTOP = new Bounds(0, 0, 1366, 728, false); // 1366x768 less a 40-px task bar
    static final Bounds SECOND = new Bounds(1366, 0, 1920, 1080, false);

    @Test
    void aFirstStartFitsTheVisibleAreaOfASmallLaptop() {
        Bounds b = WindowPlacement.choose(Optional.empty(), List.of(LAPTOP));
        assertThat(b.width()).isEqualTo(1280);
        assertThat(b.height()).isEqualTo(728);
        assertThat(b.y()).isZero();
        assertThat(b.x()).isEqualTo(43);
    }

    @Test
    void theSavedPlaceIsKeptWhileItIsOnAScreenAndShrunkToIt() {
        Bounds onSecond = new Bounds(1500, 100, 1400, 900, false);
        assertThat(WindowPlacement.choose(Optional.of(onSecond), List.of(LAPTOP, SECOND))).isEqualTo(onSecond);
        // the second screen is unplugged: back on the laptop, at the default size
        assertThat(WindowPlacement.choose(Optional.of(onSecond), List.of(LAPTOP)).width()).isEqualTo(1280);
        Bounds tooTall = new Bounds(10, 10, 1300, 1000, true);
        assertThat(WindowPlacement.choose(Optional.of(tooTall), List.of(LAPTOP)))
                .isEqualTo(new Bounds(10, 0, 1300, 728, true));
    }

    @Test
    void placementIsSavedAndADamagedFileIsIgnored(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("window.properties");
        Bounds b = new Bounds(40, 30, 1200, 700, false);
        WindowPlacement.save(file, b);
        assertThat(WindowPlacement.load(file)).contains(b);
        Files.writeString(file, "x=left\n");
        assertThat(WindowPlacement.load(file)).isEmpty();
    }
}
