package org.creddesk.ui.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.stream.Stream;
import org.creddesk.app.AppContext;
import org.creddesk.ui.common.ImmediateTaskRunner;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.ScriptedDesktopFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch from the packet screen: every active provider, kept and written to the chosen folder. */
class PacketBatchViewModelTest {
    @TempDir
    Path dir;

    @Test
    void makesAPacketPerProviderIntoTheChosenFolderAndCountsTheBlocked() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T10:15:30Z"), ZoneOffset.UTC);
        Path out = Files.createDirectories(dir.resolve("packets"));
        try (AppContext app = AppContext.open(dir.resolve("creddesk.db"), clock)) {
            app.sampleData().load(null);
            ImmediateTaskRunner tasks = new ImmediateTaskRunner();
            PacketViewModel vm = new PacketViewModel(app.packets(), app.providers(), app.manualChange(), tasks,
                    Messages.forLocale(Locale.US), new ScriptedDesktopFiles().folder(out));
            vm.activate();
            vm.recipientProperty().set("Acme Health");
            vm.windowDaysProperty().set("30");
            vm.batchAll();
            assertThat(tasks.failures()).isEmpty();
            long written;
            try (Stream<Path> files = Files.list(out)) {
                written = files.filter(f -> f.getFileName().toString().matches("\\d{10}\\.pdf")).count();
            }
            int active = app.providers().count(null, false);
            String notice = vm.noticeProperty().get();
            assertThat(notice).startsWith("Batch done: " + written + " made, ").contains(out.toString());
            long blocked = Long.parseLong(notice.replaceAll(".* made, (\\d+) blocked.*", "$1"));
            assertThat(written).isPositive();
            assertThat(blocked).isPositive(); // sample credentials expire inside 30 days: no reason, no packet
            assertThat(written + blocked).isEqualTo(active);
        }
    }
}
