package org.creddesk.ui.roster;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import org.creddesk.roster.ExportTemplate;
import org.creddesk.store.RosterImportRecord;
import org.creddesk.store.UndoMode;
import org.creddesk.ui.common.ChoiceText;
import org.creddesk.ui.common.DesktopFiles;
import org.creddesk.ui.common.Messages;

/** The roster export place's controller: binds the form and the imports table, forwards actions. */
public final class RosterExportView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());
    private final RosterExportViewModel model;
    private final Messages messages;
    private final DesktopFiles files;
    @FXML private ComboBox<String> template;
    @FXML private ChoiceBox<ExportScope> scope;
    @FXML private TextField value;
    @FXML private Label problem;
    @FXML private Label result;
    @FXML private Label error;
    @FXML private Button export;
    @FXML private Button openFile;
    @FXML private TableView<RosterImportRecord> imports;
    @FXML private Button undo;

    public RosterExportView(RosterExportViewModel model, Messages messages, DesktopFiles files) {
        this.model = model;
        this.messages = messages;
        this.files = files;
    }

    @FXML
    private void initialize() {
        template.getItems().setAll(ExportTemplate.SHIPPED);
        template.valueProperty().bindBidirectional(model.templateProperty());
        scope.getItems().setAll(ExportScope.values());
        scope.setConverter(ChoiceText.of(s -> messages.text("roster.export.scope." + RosterExportViewModel.key(s)), ""));
        scope.valueProperty().bindBidirectional(model.scopeProperty());
        value.textProperty().bindBidirectional(model.valueProperty());
        value.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !model.scopeProperty().get().needsValue(), model.scopeProperty()));
        value.promptTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> messages.text(
                "roster.export.prompt." + RosterExportViewModel.key(model.scopeProperty().get())), model.scopeProperty()));
        problem.textProperty().bind(model.problem());
        result.textProperty().bind(model.resultProperty());
        error.textProperty().bind(model.errorProperty());
        export.disableProperty().bind(model.busyProperty().or(model.problem().isNotNull()));
        openFile.visibleProperty().bind(model.lastFileProperty().isNotNull());
        imports.setItems(model.imports());
        imports.getColumns().setAll(List.of(
                column("roster.history.when", r -> WHEN.format(r.importedAt())),
                column("roster.history.source", RosterImportRecord::source),
                column("roster.history.file", RosterImportRecord::fileName),
                column("roster.history.counts", r -> messages.text("roster.history.countsValue", r.rows(), r.added(),
                        r.updated(), r.conflicts())),
                column("roster.history.state", r -> r.undoneAt() == null ? ""
                        : messages.text("roster.history.undoneOn", WHEN.format(r.undoneAt())))));
        undo.disableProperty().bind(imports.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busyProperty()));
    }

    private TableColumn<RosterImportRecord, String> column(String key,
                                                           java.util.function.Function<RosterImportRecord, String> f) {
        TableColumn<RosterImportRecord, String> c = new TableColumn<>(messages.text(key));
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(f.apply(r.getValue())));
        c.setPrefWidth(key.endsWith("counts") ? 330 : key.endsWith("file") || key.endsWith("state") ? 220 : 150);
        return c;
    }

    void refresh() {
        model.refreshImports();
    }

    @FXML
    private void chooseTemplateFile() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("roster.export.templateFilter"),
                "*.json"));
        java.io.File chosen = chooser.showOpenDialog(template.getScene().getWindow());
        if (chosen != null) {
            model.templateProperty().set(null);
            model.templateFileProperty().set(chosen.toPath());
            template.setPromptText(chosen.getName());
        }
    }

    @FXML
    private void export() {
        files.chooseSaveTarget(model.suggestedFileName()).ifPresent(model::export);
    }

    @FXML
    private void openFile() {
        model.openLastFile(files);
    }

    @FXML
    private void undo() {
        model.undo(imports.getSelectionModel().getSelectedItem(), this::askAboutLaterEdits);
    }

    private Optional<UndoMode> askAboutLaterEdits(List<RosterExportViewModel.LaterEditLine> edits) {
        return new LaterEditsDialog(messages, imports.getScene().getWindow()).ask(edits);
    }
}
