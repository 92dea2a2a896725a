package org.creddesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.workflow.ChecklistTemplate;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.workflow.PayerKind;
import org.creddesk.domain.workflow.WorkflowKind;
import org.creddesk.ui.common.ImmediateTaskRunner;
import org.creddesk.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template catalogue's view model without the toolkit: validation as typed, create, rename, retire, restore. */
class TemplateCatalogViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    @TempDir
    Path dir;
    AppContext app;
    TemplateEditorViewModel editor;
    TemplateCatalogViewModel vm;
    Payer acme;

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("creddesk.db"), Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC));
        acme = app.enrollments().savePayer(null, "Acme Health", PayerKind.COMMERCIAL, null, 60, 14, null,
                ChangeContext.manual("setup", "test"));
        Messages m = Messages.forLocale(Locale.US);
        ImmediateTaskRunner tasks = new ImmediateTaskRunner();
        editor = new TemplateEditorViewModel(app.checklists(), app.manualChange(), tasks, m);
        vm = new TemplateCatalogViewModel(app.checklistTemplates(), editor, app.manualChange(), tasks, m);
        editor.load();
        vm.load();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aPayersOwnTemplateIsCheckedAsTypedThenMadeAndShown() {
        vm.startNew();
        assertThat(vm.newErrorProperty().get()).isEqualTo("Name the template");
        vm.newKindProperty().set(WorkflowKind.PAYER_ENROLLMENT);
        vm.newNameProperty().set("payer enrollment (GENERIC)");
        assertThat(vm.newErrorProperty().get()).isEqualTo("A template of this kind (and payer) already has this name");
        assertThat(vm.payerApplies().get()).isTrue();
        vm.newPayerProperty().set(vm.payers().get(0));
        assertThat(vm.newErrorProperty().get()).isEmpty();
        vm.newNameProperty().set("Acme Health enrollment");
        vm.copyFromProperty().set(null);

        vm.create();

        assertThat(vm.creatingProperty().get()).isFalse();
        assertThat(vm.noticeProperty().get())
                .isEqualTo("Created \u201cAcme Health enrollment\u201d with 0 items; change its items below and save.");
        ChecklistTemplate shown = editor.templateProperty().get();
        assertThat(shown.payerId()).isEqualTo(acme.id());
        assertThat(vm.about(shown)).isEqualTo("Payer enrollment for Acme Health \u00b7 code acme-health-enrollment");
        vm.newKindProperty().set(WorkflowKind.HOSPITAL_PRIVILEGES);
        assertThat(vm.newPayerProperty().get()).as("a payer only goes with payer enrollment").isNull();
    }

    @Test
    void renameRetireAndRestoreSayWhatTheyDid() {
        ChecklistTemplate first = editor.templateProperty().get();
        assertThat(vm.canRename().get()).isFalse();
        vm.renameProperty().set(first.name() + " (2027)");
        assertThat(vm.canRename().get()).isTrue();
        vm.rename();
        assertThat(editor.templateProperty().get().name()).isEqualTo(first.name() + " (2027)");

        vm.askRetire();
        assertThat(vm.confirmingRetireProperty().get()).isTrue();
        vm.retire();
        assertThat(vm.noticeProperty().get()).startsWith("Retired \u201c" + first.name() + " (2027)\u201d");
        assertThat(editor.templates()).extracting(ChecklistTemplate::id).doesNotContain(first.id());
        assertThat(vm.retired()).extracting(ChecklistTemplate::id).containsExactly(first.id());

        vm.restore();
        assertThat(vm.noticeProperty().get()).isEqualTo("Restored \u201c" + first.name() + " (2027)\u201d.");
        assertThat(editor.templateProperty().get().id()).isEqualTo(first.id());
        assertThat(vm.retired()).isEmpty();
    }
}
