package org.creddesk.ui.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.creddesk.app.AppContext;
import org.creddesk.ui.common.ImmediateTaskRunner;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.ScriptedDesktopFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mapping a real W-9 in the editor's view model, then importing the other W-9 as its new version. */
class FormMappingViewModelTest {
    static final String NAME_2018 = "topmostSubform[0].Page1[0].f1_1[0]";
    static final String NAME_2011 = "topmostSubform[0].Page1[0].f1_01_0_[0]";
    @TempDir
    Path dir;
    AppContext app;
    final ImmediateTaskRunner tasks = new ImmediateTaskRunner();
    final ScriptedDesktopFiles files = new ScriptedDesktopFiles();
    FormMappingViewModel vm;

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("creddesk.db"), Clock.fixed(Instant.parse("2026-03-02T10:15:30Z"), ZoneOffset.UTC));
        vm = new FormMappingViewModel(app.payerForms(), app.manualChange(), tasks, Messages.forLocale(Locale.US), files);
    }

    @AfterEach
    void close() {
        app.close();
        assertThat(tasks.failures()).isEmpty();
    }

    Path copy(String resource) throws Exception {
        Path target = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
        return target;
    }

    MappingRow row(String field) {
        return vm.rows().stream().filter(r -> r.field().name().equals(field)).findFirst().orElseThrow();
    }

    @Test
    void importsMapsChecksAsYouTypeSavesAndShowsWhatANewVersionChanged() throws Exception {
        vm.importForm();
        assertThat(vm.noticeProperty().get()).contains("name first");

        vm.formNameProperty().set("IRS W-9");
        files.choose(copy("/packet/irs_fw9_rev2018-10_acroform_plus_xfa.pdf"));
        vm.importForm();
        assertThat(vm.rows()).hasSize(22);
        row(NAME_2018).templateProperty().set("{lastNme}");
        assertThat(row(NAME_2018).problemProperty().get()).contains("'lastNme' is not a field");
        vm.save();
        assertThat(vm.noticeProperty().get()).contains("Fix the templates");
        row(NAME_2018).templateProperty().set("{lastName}, {firstName}");
        assertThat(row(NAME_2018).problemProperty().get()).isEmpty();
        vm.save();
        assertThat(vm.noticeProperty().get()).isEqualTo("Mapping version 1 saved (1 field mapped).");
        vm.save();
        assertThat(vm.noticeProperty().get()).startsWith("Mapping version 2 saved");

        files.choose(copy("/packet/irs_fw9_rev2011-01_acroform_only.pdf"));
        vm.importForm();
        assertThat(vm.changes()).contains("Mapped field gone in this version: " + NAME_2018)
                .contains("New field in this version: " + NAME_2011);
        assertThat(vm.rows()).hasSize(21);
        assertThat(vm.storedForms()).singleElement().satisfies(f -> assertThat(f.fileName()).isEqualTo("irs_fw9_rev2011-01_acroform_only.pdf"));
    }
}
