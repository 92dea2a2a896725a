package org.creddesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.creddesk.app.AppContext;
import org.creddesk.ui.common.ImmediateTaskRunner;
import org.creddesk.ui.common.Messages;
import org.creddesk.workflow.DeadlineSettingsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deadline rules form without the toolkit: what it accepts, what it refuses and why, what saving keeps. */
class DeadlineSettingsViewModelTest {
    @TempDir
    Path dir;
    AppContext app;
    DeadlineSettingsViewModel vm;

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("creddesk.db"), Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"),
                ZoneOffset.UTC));
        vm = new DeadlineSettingsViewModel(app.deadlines(), app.manualChange(), new ImmediateTaskRunner(), Messages.forLocale(Locale.US));
        vm.load();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void showsTheDefaultsAndExplainsWhatItRefuses() {
        assertThat(vm.text("expiryAlertDays").get()).isEqualTo("90, 60, 30, 14, 7, 0");
        assertThat(vm.text("caqhDaysByState").get()).isEqualTo("IL=180");
        assertThat(vm.text("psvCutover").get()).isEqualTo("07/01/2025");
        vm.text("caqhDaysByState").set("IL=180, Texas=90");
        assertThat(vm.error("caqhDaysByState").get()).isEqualTo("\u201cTexas=90\u201d: write a state and a number, e.g. IL=180");
        vm.text("psvDays").set("0");
        assertThat(vm.error("psvDays").get()).isEqualTo("\u201c0\u201d is not a whole number of at least 1");
        assertThat(vm.valid().get()).isFalse();
        vm.save();
        assertThat(vm.noticeProperty().get()).isEqualTo("Fix the fields marked first.");

        vm.text("caqhDaysByState").set("il=180, tx=90");
        vm.text("psvDays").set("120");
        vm.text("recredentialingWarnMonth").set("36");
        vm.save();
        assertThat(vm.noticeProperty().get()).isEqualTo("Recredentialing must warn before the month it is due.");
        assertThat(new DeadlineSettingsStore(app.settings()).load().caqhDaysByState()).isEqualTo(Map.of("IL", 180));
    }

    @Test
    void savingKeepsTheChangesAndPutsThemInForce() {
        vm.text("caqhDaysByState").set("il=180, tx=90");
        vm.text("psvCutover").set("2025-07-01");
        vm.text("gapExplanationMonths").set("3");
        vm.save();
        assertThat(vm.noticeProperty().get()).startsWith("Saved. ");
        var stored = new DeadlineSettingsStore(app.settings()).load();
        assertThat(stored.caqhDaysByState()).isEqualTo(Map.of("IL", 180, "TX", 90));
        assertThat(stored.psvCutover()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(stored.gapExplanationMonths()).isEqualTo(3);
        assertThat(app.deadlinePolicy().settings()).isEqualTo(stored);
    }
}
