package org.creddesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.creddesk.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starting the window: the store opens off the FX thread; a file that is not a database ends in one clear message. */
class StoreOpeningTest extends FxRobot {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindows() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage s && s != FxToolkit.toolkitContext().getRegisteredStage())
                .forEach(Window::hide)).get();
    }

    /** Only nodes in a window that is on screen now (earlier tests' dialogs may linger hidden). */
    private org.testfx.service.query.NodeQuery showing(String query) {
        return lookup(query).match(n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing());
    }

    private StoreOpening opening(Path db, AtomicBoolean gaveUp) {
        return new StoreOpening(db, Clock.systemUTC(), Messages.forLocale(Locale.US), () -> gaveUp.set(true));
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedWithAClearMessage() throws Exception {
        Path notADatabase = dir.resolve("notes.db");
        Files.writeString(notADatabase, "These are meeting notes, not a CredDesk database. ".repeat(200));
        AtomicBoolean gaveUp = new AtomicBoolean();
        interact(() -> opening(notADatabase, gaveUp).begin());
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> showing("#cannotOpenDialog").tryQuery().isPresent());
        DialogPane dialog = showing("#cannotOpenDialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("CredDesk cannot open the database " + notADatabase);
        assertThat(dialog.getContentText()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
        // fired rather than clicked: under load the pane can be laid out again between lookup and click
        interact(() -> ((javafx.scene.control.Button) dialog.lookupButton(javafx.scene.control.ButtonType.OK)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gaveUp).isTrue();
    }

    @Test
    void aNewDatabaseOpensTheMainWindowAndOffersSampleData() throws Exception {
        AtomicBoolean gaveUp = new AtomicBoolean();
        interact(() -> opening(dir.resolve("new.db"), gaveUp).begin());
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> showing("#sampleOfferDialog").tryQuery().isPresent());
        assertThat(lookup("#providerTable").tryQuery()).isPresent();
        DialogPane offer = showing("#sampleOfferDialog").queryAs(DialogPane.class);
        clickOn(offer.lookupButton(offer.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.NO).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> showing("#sampleOfferDialog").tryQuery().isEmpty());
        assertThat(gaveUp).isFalse();
        assertThat(Files.exists(dir.resolve("new.db"))).isTrue();
    }
}
