package org.creddesk.ui.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.creddesk.app.AppContext;
import org.creddesk.domain.packet.PreflightIssue;
import org.creddesk.domain.packet.Recipient;
import org.creddesk.ui.common.ImmediateTaskRunner;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.ScriptedDesktopFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packet screen's view model on a real store with the sample providers, without the FX toolkit. */
class PacketViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:15:30Z"), ZoneOffset.UTC);
    @TempDir
    static Path dir;
    static AppContext app;
    final ImmediateTaskRunner tasks = new ImmediateTaskRunner();
    final ScriptedDesktopFiles files = new ScriptedDesktopFiles();
    PacketViewModel vm;

    @BeforeAll
    static void open() {
        app = AppContext.open(dir.resolve("creddesk.db"), CLOCK);
        app.sampleData().load(null);
    }

    @AfterAll
    static void close() {
        app.close();
    }

    PacketViewModel model() {
        vm = new PacketViewModel(app.packets(), app.providers(), app.manualChange(), tasks, Messages.forLocale(Locale.US),
                files);
        vm.activate();
        return vm;
    }

    @Test
    void checksThenNeedsAReasonThenProducesAndKeepsThePacket() throws Exception {
        model();
        assertThat(vm.templates()).contains("Payer enrollment", "Hospital privileges");
        assertThat(vm.templateProperty().get()).isEqualTo("Payer enrollment");
        vm.providerQueryProperty().set("1871979757");
        vm.searchProviders();
        assertThat(vm.providerProperty().get().lastName()).isEqualTo("Nguyễn");
        vm.recipientProperty().set("Acme Health");
        vm.windowDaysProperty().set("9999"); // 27 years: every dated credential falls inside the window
        assertThat(vm.canProduce().get()).isFalse();
        vm.produce();
        assertThat(vm.noticeProperty().get()).isEqualTo("Run the pre-flight checks first.");

        vm.check();
        assertThat(vm.issues()).isNotEmpty().extracting(PreflightIssue::check).contains(PreflightIssue.Check.EXPIRES_IN_WINDOW);
        assertThat(vm.describe(vm.issues().get(0))).contains("Fix:");
        assertThat(vm.canProduce().get()).isFalse();
        vm.reasonProperty().set("Renewals submitted; copies follow");
        assertThat(vm.canProduce().get()).isTrue();
        vm.produce();
        assertThat(tasks.failures()).isEmpty();
        assertThat(vm.snapshots()).hasSize(1);
        assertThat(vm.snapshots().get(0).overrideReason()).isEqualTo("Renewals submitted; copies follow");
        assertThat(vm.snapshots().get(0).recipient()).isEqualTo("Acme Health");
        assertThat(vm.noticeProperty().get()).startsWith("Packet made and kept");

        BufferedImage preview = vm.previewProperty().get();
        assertThat(preview).isNotNull();
        assertThat(preview.getHeight()).isGreaterThan(preview.getWidth());

        Path target = dir.resolve("saved.pdf");
        files.saveTo(target);
        vm.save(vm.snapshots().get(0));
        assertThat(Files.readAllBytes(target)).isEqualTo(app.packets().reprint(vm.snapshots().get(0).id()));

        List<BufferedImage> printed = new ArrayList<>();
        vm.print(vm.snapshots().get(0), printed::addAll);
        assertThat(printed).hasSize(vm.snapshots().get(0).pages());
    }

    @Test
    void changingTheRecipientMakesTheCheckStaleAndBadWindowsAreRefused() {
        model();
        vm.providerQueryProperty().set("1871979757");
        vm.searchProviders();
        vm.check();
        assertThat(vm.checkedProperty().get()).isTrue();
        vm.recipientKindProperty().set(Recipient.Kind.FACILITY);
        assertThat(vm.checkedProperty().get()).isFalse();
        vm.windowDaysProperty().set("ninety");
        assertThat(vm.windowErrorProperty().get()).contains("days");
        assertThat(vm.canCheck().get()).isFalse();
    }
}
