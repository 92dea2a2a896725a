package org.creddesk.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.creddesk.app.AppContext;
import org.creddesk.server.ServerFixture;
import org.creddesk.ui.common.ImmediateTaskRunner;
import org.creddesk.ui.common.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings -> Team server without the toolkit: join, test, sync now, leave, and an unreachable server. */
class TeamSyncViewModelTest {
    static ServerFixture fx;

    @BeforeAll
    static void start() {
        fx = new ServerFixture();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @TempDir
    Path dir;

    @Test
    void aDesktopJoinsSyncsAndLeavesFromSettings() {
        try (AppContext app = AppContext.open(dir.resolve("creddesk.db"), Clock.systemUTC())) {
            StringProperty statusBar = new SimpleStringProperty("");
            TeamSyncViewModel vm = new TeamSyncViewModel(app.sync(), new ImmediateTaskRunner(),
                    Messages.forLocale(Locale.US), statusBar);
            vm.refresh();
            assertThat(statusBar.get()).isEqualTo("Not in a team: working on this desktop only");

            vm.urlProperty().set(fx.url());
            vm.join();
            assertThat(vm.noticeProperty().get()).contains("one-time code");

            vm.codeProperty().set(fx.admin.init("settings-team", "mia"));
            vm.join();
            assertThat(vm.noticeProperty().get()).isEqualTo("Joined team settings-team as mia (manager); your local "
                    + "changes go to the team on the next sync");
            assertThat(vm.joinedProperty().get()).isTrue();
            assertThat(vm.codeProperty().get()).isEmpty();

            vm.testConnection();
            assertThat(vm.noticeProperty().get()).startsWith("The server answers");
            vm.syncNow();
            assertThat(vm.noticeProperty().get()).isEqualTo("Sent 0 changes, received 0; 0 open conflicts");
            assertThat(statusBar.get()).startsWith("Team settings-team: last sync 20").endsWith("0 changes waiting, 0 open conflicts");

            vm.leave();
            assertThat(vm.joinedProperty().get()).isFalse();
            assertThat(statusBar.get()).isEqualTo("Not in a team: working on this desktop only");
        }
    }

    @Test
    void anUnreachableServerIsASentenceAndTheDesktopStaysAlone() {
        try (AppContext app = AppContext.open(dir.resolve("alone.db"), Clock.systemUTC())) {
            StringProperty statusBar = new SimpleStringProperty("");
            TeamSyncViewModel vm = new TeamSyncViewModel(app.sync(), new ImmediateTaskRunner(),
                    Messages.forLocale(Locale.US), statusBar);
            vm.urlProperty().set("http://127.0.0.1:9");
            vm.codeProperty().set("ABCDE-FGHJK");
            vm.join();

            assertThat(vm.noticeProperty().get()).contains("cannot be reached", "nothing changed");
            assertThat(vm.joinedProperty().get()).isFalse();
        }
    }
}
