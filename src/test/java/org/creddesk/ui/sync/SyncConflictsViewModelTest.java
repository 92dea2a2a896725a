package org.creddesk.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.creddesk.server.ServerFixture;
import org.creddesk.sync.Desk;
import org.creddesk.ui.common.ImmediateTaskRunner;
import org.creddesk.ui.common.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Sync conflicts screen's model: candidates side by side; a manager chooses with a reason, others read. */
class SyncConflictsViewModelTest {
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
    void aCoordinatorSeesTheConflictReadOnlyAndTheManagerResolvesItWithAReason() {
        try (Desk mia = new Desk(dir, "mia", Clock.systemUTC()); Desk carl = new Desk(dir, "carl", Clock.systemUTC())) {
            mia.sync().join(fx.url(), fx.admin.init("window-team", "mia"));
            carl.sync().join(fx.url(), mia.sync().addUser("carl", "coordinator").code());
            String id = mia.newProvider("01900000-0000-7000-8000-0000000000f1", "1234567893", "Quill");
            mia.sync().now();
            carl.sync().now();
            mia.set(id, Map.of("lastName", "Quinn"));
            carl.set(id, Map.of("lastName", "Quell"));
            mia.sync().now();
            carl.sync().now();
            mia.sync().now();

            Messages messages = Messages.forLocale(Locale.US);
            SyncConflictsViewModel carlView = new SyncConflictsViewModel(carl.sync(), new ImmediateTaskRunner(), messages);
            carlView.load();
            assertThat(carlView.conflicts()).hasSize(1);
            assertThat(carlView.candidates()).extracting(carlView::describe)
                    .containsExactly("lastName=Quinn, firstName=Ada", "lastName=Quell, firstName=Ada");
            assertThat(carlView.canResolveProperty().get()).isFalse();
            assertThat(carlView.readOnlyWhyProperty().get())
                    .isEqualTo("Only a manager resolves sync conflicts; your role is coordinator");

            SyncConflictsViewModel miaView = new SyncConflictsViewModel(mia.sync(), new ImmediateTaskRunner(), messages);
            miaView.load();
            assertThat(miaView.canResolveProperty().get()).isTrue();
            miaView.take(miaView.candidates().get(1));
            assertThat(miaView.noticeProperty().get()).startsWith("Say why this value is right");
            miaView.reasonProperty().set("Board lists Quell");
            miaView.take(miaView.candidates().get(1));

            assertThat(miaView.noticeProperty().get()).isEqualTo("No open sync conflicts");
            assertThat(miaView.conflicts()).isEmpty();
            assertThat(mia.field(id, "lastName")).isEqualTo("Quell");
        }
    }
}
