package org.creddesk.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.chart.Chart;
import javafx.stage.Stage;
import org.creddesk.app.AppContext;
import org.creddesk.store.NetworkKpiQueriesTest;
import org.creddesk.ui.Screenshots;
import org.creddesk.ui.common.ScriptedDesktopFiles;
import org.creddesk.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real Network screen on the hand-made store: its charts are drawn, one is saved as PNG. */
@ExtendWith(ApplicationExtension.class)
class NetworkScreenTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    @TempDir
    static Path dir;
    Stage stage;
    final ScriptedDesktopFiles files = new ScriptedDesktopFiles();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Path db = NetworkKpiQueriesTest.handMadeFile(dir);
        AppContext app = AppContext.open(db, Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC));
        MainWindow.show(stage, app, files);
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.close());
    }

    @Test
    void theChartsAreDrawnAndAChartSavesAsPng() throws Exception {
        new FxRobot().clickOn("Network");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> new FxRobot().lookup(".network-chart").queryAll().size() >= 5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(new FxRobot().lookup(".network-chart").queryAllAs(Chart.class)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(new FxRobot().lookup("#chart-credentialingTime").tryQuery()).isPresent();
        assertThat(new FxRobot().lookup("#chart-payerCoverage").tryQuery()).isPresent();
        Screenshots.write(stage, "network.png");

        Path png = dir.resolve("cred.png");
        files.saveTo(png);
        new FxRobot().clickOn("#png-credentialingTime");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(png) && Files.size(png) > 1000);
        assertThat(Files.readAllBytes(png)).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }
}
