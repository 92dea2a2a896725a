package org.creddesk.ui.providers;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import org.creddesk.ui.common.ViewLoader;

/** The provider workspace: header with save/retire, the section list on the left, the chosen section beside it. */
public final class ProviderWorkspaceView {
    private final ProviderWorkspaceViewModel model;
    private final ScreeningStatusModel screening;
    private final ViewLoader views;
    private final Runnable back;
    private final List<WorkspaceSections.Section> workflowSections;
    private final ObservableValue<String> progress;
    @FXML
    private Label progressBadge;
    @FXML
    private Label title;
    @FXML
    private Label retiredBadge;
    @FXML
    private Label unsavedBadge;
    @FXML
    private Label notice;
    @FXML
    private Label screeningStatus;
    @FXML
    private Button retireButton;
    @FXML
    private Button reactivateButton;
    @FXML
    private Button saveButton;
    @FXML
    private ListView<WorkspaceSections.Section> sections;
    @FXML
    private ScrollPane scroller;
    @FXML
    private StackPane sectionContent;

    /** {@code progress} is the open checklist's progress for the header badge (empty: no badge). */
    public ProviderWorkspaceView(ProviderWorkspaceViewModel model, ScreeningStatusModel screening, ViewLoader views,
                                 Runnable back, List<WorkspaceSections.Section> workflowSections,
                                 ObservableValue<String> progress) {
        this.model = model;
        this.screening = screening;
        this.views = views;
        this.back = back;
        this.workflowSections = workflowSections;
        this.progress = progress;
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(model.titleProperty());
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        screeningStatus.textProperty().bind(screening.textProperty());
        screening.styleProperty().addListener((o, was, now) -> screeningStatus.getStyleClass().setAll("label", now));
        retiredBadge.visibleProperty().bind(model.retiredProperty());
        unsavedBadge.visibleProperty().bind(model.dirtyProperty());
        saveButton.disableProperty().bind(model.canSave().not());
        retireButton.visibleProperty().bind(model.retiredProperty().not().and(model.isNewProperty().not()));
        retireButton.managedProperty().bind(retireButton.visibleProperty());
        retireButton.disableProperty().bind(model.dirtyProperty());
        reactivateButton.visibleProperty().bind(model.retiredProperty());
        reactivateButton.managedProperty().bind(reactivateButton.visibleProperty());
        progressBadge.textProperty().bind(progress);
        progressBadge.visibleProperty().bind(progressBadge.textProperty().isNotEmpty());
        progressBadge.managedProperty().bind(progressBadge.visibleProperty());
        List<WorkspaceSections.Section> built = WorkspaceSections.build(model, views, workflowSections);
        sections.getItems().setAll(built);
        sections.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(WorkspaceSections.Section item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.messages().text(item.titleKey()));
            }
        });
        sections.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                sectionContent.getChildren().setAll(now.content());
                scroller.setVvalue(0);
            }
        });
        sections.getSelectionModel().selectFirst();
    }

    /** Shows a section by its title key (e.g. after opening a provider, or from a test). */
    public void showSection(String titleKey) {
        sections.getItems().stream().filter(s -> s.titleKey().equals(titleKey)).findFirst()
                .ifPresent(s -> sections.getSelectionModel().select(s));
    }

    /** The section shown now, by its title key. */
    public String currentSection() {
        WorkspaceSections.Section s = sections.getSelectionModel().getSelectedItem();
        return s == null ? null : s.titleKey();
    }

    public void focusFirstSection() {
        sections.requestFocus();
    }

    @FXML
    private void back() {
        back.run();
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void retire() {
        model.retire();
    }

    @FXML
    private void reactivate() {
        model.reactivate();
    }
}
