package org.creddesk.ui.providers;

import org.creddesk.ui.common.DialogStyle;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import org.creddesk.domain.ProviderSummary;
import org.creddesk.store.ProviderSort;
import org.creddesk.domain.workflow.WorkHistoryGaps;
import org.creddesk.ui.common.Navigation;
import org.creddesk.ui.common.PaletteItem;
import org.creddesk.ui.credentialing.BlockersPane;
import org.creddesk.ui.credentialing.ChecklistPane;
import org.creddesk.ui.credentialing.ClaimsWindowModel;
import org.creddesk.ui.credentialing.CredentialingViewModel;
import org.creddesk.ui.credentialing.DecisionFormModel;
import org.creddesk.ui.credentialing.DecisionPane;
import org.creddesk.ui.credentialing.VerificationPane;
import org.creddesk.ui.common.Screen;
import org.creddesk.ui.enrollments.EnrollmentDialogs;
import org.creddesk.ui.enrollments.ProviderEnrollmentsPane;
import org.creddesk.ui.enrollments.ProviderEnrollmentsViewModel;
import org.creddesk.ui.common.ShellCommand;
import org.creddesk.ui.common.UiContext;

/** The Providers place: the list, and the workspace of one provider in its stead (Escape goes back). */
public final class ProvidersScreen implements Screen, Navigation.ProviderTarget {
    private static final int PALETTE_MATCHES = 8;
    private static final String VERIFICATIONS = "providers.section.verifications";
    private final UiContext ui;
    private final ProviderListViewModel listModel;
    private final ProviderWorkspaceViewModel workspaceModel;
    private final ScreeningStatusModel screeningStatus;
    private final ProviderListView list;
    private final ProviderWorkspaceView workspace;
    private final Parent listView;
    private final Parent workspaceView;
    private final StackPane root = new StackPane();
    private final CredentialingViewModel credentialing;
    private final ProviderEnrollmentsViewModel enrollments;
    private final EnrollmentDialogs enrollmentDialogs;
    private final org.creddesk.ui.contracts.ProviderContractsViewModel contracts;

    public ProvidersScreen(UiContext ui) {
        this.ui = ui;
        var app = ui.app();
        listModel = new ProviderListViewModel(app.providers(), app.checklists()::openProgress,
                app.taxonomy()::descriptions, app.screening()::holds, ui.tasks(), ui.debouncers().create());
        DocumentsViewModel documents = new DocumentsViewModel(app.documents(), app.manualChange(), ui.tasks(),
                ui.messages(), ui.files());
        workspaceModel = new ProviderWorkspaceViewModel(app.providers(), app.taxonomy()::descriptions,
                () -> app.deadlinePolicy().settings().claimsHistoryYears(), app.manualChange(), ui.tasks(),
                ui.messages(), documents);
        workspaceModel.setOnSaved(listModel::refresh);
        list = new ProviderListView(listModel, ui.messages(), this::openProvider, this::newProvider);
        listView = ui.views().load("ProviderListView.fxml", list);
        screeningStatus = new ScreeningStatusModel(app.screening(), ui.tasks(), ui.messages(), app.clock());
        credentialing = new CredentialingViewModel(app.checklists(), app.decisions(), app.documents(),
                app.whatBlocks(), () -> new WorkHistoryGaps(app.deadlinePolicy().settings()), app.manualChange(),
                ui.tasks(), ui.messages(), ui.files(), app.clock());
        credentialing.setOnDocumentAttached(documents::attached);
        enrollmentDialogs = new EnrollmentDialogs(ui);
        enrollments = enrollmentDialogs.providerSection();
        contracts = new org.creddesk.ui.contracts.ProviderContractsViewModel(app.contracts(), app.lifecycle(),
                app.enrollments()::payers, app.manualChange(), ui.tasks(), ui.messages());
        workspaceModel.setOnShown((file, stored) -> {
            credentialing.open(file, stored);
            enrollments.open(file, stored);
            contracts.open(file, stored);
        });
        workspace = new ProviderWorkspaceView(workspaceModel, screeningStatus, ui.views(), this::back,
                workflowSections(), credentialing.progressProperty());
        workspaceView = ui.views().load("ProviderWorkspaceView.fxml", workspace);
        // a filter: the section list and tables would swallow Escape; a cell being edited keeps it (cancels the edit)
        workspaceView.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && !org.creddesk.ui.common.EscapeTargets.editing(e)) {
                e.consume();
                back();
            }
        });
        ui.status().providerCountProperty().bind(listModel.totalProperty());
        ui.status().onStoreChanged(listModel::refresh);
        root.getChildren().setAll(listView);
    }

    /** Checklist, verifications, decision and "what blocks this file?", after the file's own sections. */
    private List<WorkspaceSections.Section> workflowSections() {
        DecisionFormModel form = new DecisionFormModel(credentialing);
        VerificationPane verifications = new VerificationPane(credentialing, form, new ClaimsWindowModel(credentialing,
                form, () -> ui.app().deadlinePolicy().settings().claimsHistoryYears()));
        ChecklistPane checklist = new ChecklistPane(credentialing, (element, credentialId) -> {
            form.prepare(element, credentialId);
            workspace.showSection(VERIFICATIONS);
            verifications.focusForm();
        });
        BlockersPane blocks = new BlockersPane(credentialing, b -> workspace.showSection(credentialing.sectionOf(b)));
        return List.of(new WorkspaceSections.Section("providers.section.checklist", checklist),
                new WorkspaceSections.Section(VERIFICATIONS, verifications),
                new WorkspaceSections.Section("providers.section.decision", new DecisionPane(credentialing, form)),
                new WorkspaceSections.Section("providers.section.blocks", blocks),
                new WorkspaceSections.Section("providers.section.enrollments", new ProviderEnrollmentsPane(enrollments,
                        file -> enrollmentDialogs.newEnrollment(root.getScene().getWindow(), file,
                                e -> enrollments.reload()), ui.navigation()::openEnrollment)),
                new WorkspaceSections.Section("providers.section.contracts",
                        new org.creddesk.ui.contracts.ProviderContractsPane(contracts)));
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void activate() {
        listModel.refresh();
    }

    @Override
    public List<ShellCommand> commands() {
        return List.of(new ShellCommand(ui.messages().text("providers.command.new"),
                KeyCombination.keyCombination("Shortcut+N"), this::newProvider));
    }

    @Override
    public List<PaletteItem> find(String text) {
        List<ProviderSummary> found = ui.app().providers().search(text, true, ProviderSort.NAME, 0, PALETTE_MATCHES);
        return found.stream().map(s -> new PaletteItem(s.lastName() + ", " + s.firstName()
                + (s.degree() == null ? "" : ", " + s.degree()), ui.messages().text("providers.palette.detail", s.npi()),
                () -> openProvider(s.id()))).toList();
    }

    @Override
    public boolean save() {
        return root.getChildren().contains(workspaceView) && workspaceModel.save();
    }

    @Override
    public void focusSearch() {
        showList();
        list.focusSearch();
    }

    public void openProvider(String id) {
        openProvider(id, null);
    }

    /** Opens a provider at a section (a deadline's credential, say); null keeps the first section. */
    @Override
    public void openProvider(String id, String sectionKey) {
        if (confirmLeaving()) {
            workspaceModel.open(id);
            screeningStatus.load(id);
            showWorkspace();
            if (sectionKey != null) {
                workspace.showSection(sectionKey);
            }
        }
    }

    public void newProvider() {
        if (confirmLeaving()) {
            workspaceModel.startNew();
            screeningStatus.clear();
            showWorkspace();
            workspace.showSection("providers.section.personal");
        }
    }

    private void showWorkspace() {
        root.getChildren().setAll(workspaceView);
        workspace.focusFirstSection();
    }

    /** Escape in the file: back to where the person came from (another screen, else the list). */
    private void back() {
        if (!root.getChildren().contains(workspaceView) || !confirmLeaving()) {
            return;
        }
        root.getChildren().setAll(listView);
        listModel.refresh();
        if (!ui.navigation().goBack()) {
            list.focusSearch();
        }
    }

    private void showList() {
        if (root.getChildren().contains(listView) || !confirmLeaving()) {
            return;
        }
        root.getChildren().setAll(listView);
        listModel.refresh();
        list.focusSearch();
    }

    /** Unsaved edits are never dropped silently: leaving the workspace with them asks first. */
    private boolean confirmLeaving() {
        if (!root.getChildren().contains(workspaceView) || !workspaceModel.dirtyProperty().get()) {
            return true;
        }
        ButtonType save = new ButtonType(ui.messages().text("providers.workspace.saveFirst"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(ui.messages().text("providers.workspace.discardChanges"),
                ButtonBar.ButtonData.NO);
        Alert ask = DialogStyle.apply(new Alert(Alert.AlertType.CONFIRMATION,
                ui.messages().text("providers.workspace.discard"), save, discard, ButtonType.CANCEL));
        ask.initOwner(root.getScene().getWindow());
        ask.setHeaderText(ui.messages().text("providers.workspace.discardHeader"));
        ask.getDialogPane().setId("discardDialog");
        // Enter saves: the safe answer is the default one; Discard must be chosen
        ((Button) ask.getDialogPane().lookupButton(save)).setDefaultButton(true);
        ((Button) ask.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        ButtonType answer = ask.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == save) {
            workspaceModel.save(); // stays on the file: its notice says saved, or why not
            return false;
        }
        return answer == discard;
    }
}
