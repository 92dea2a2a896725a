package org.creddesk.ui.roster;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.creddesk.roster.RosterField;
import org.creddesk.roster.RowIssue;
import org.creddesk.roster.RowOutcome;
import org.creddesk.roster.RowStatus;
import org.creddesk.ui.common.Messages;

/** The roster import wizard's controller: binds the pages to {@link RosterImportViewModel}, forwards actions. */
public final class RosterImportView {
    private static final javafx.css.PseudoClass APPLIED = javafx.css.PseudoClass.getPseudoClass("applied");
    private final RosterImportViewModel model;
    private final Messages messages;
    @FXML private TextField file;
    @FXML private ComboBox<String> sheet;
    @FXML private TextField source;
    @FXML private Label error;
    @FXML private Label summary;
    @FXML private Label notice;
    @FXML private javafx.scene.control.Button applyButton;
    @FXML private javafx.scene.control.Button undoButton;
    @FXML private VBox mappingPage;
    @FXML private VBox previewPage;
    @FXML private TableView<ColumnChoice> mapping;
    @FXML private TableColumn<ColumnChoice, String> headerColumn;
    @FXML private TableColumn<ColumnChoice, RosterField> fieldColumn;
    @FXML private TableColumn<ColumnChoice, String> evidenceColumn;
    @FXML private Label doubtfulNote;
    @FXML private javafx.scene.control.Button previewButton;
    @FXML private ChoiceBox<RowStatus> filter;
    @FXML private TableView<RowOutcome> rows;
    @FXML private TableView<RowIssue> problems;
    @FXML private TableView<ConflictChoice> conflicts;

    public RosterImportView(RosterImportViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        error.textProperty().bind(model.errorProperty());
        sheet.setItems(model.sheets());
        sheet.valueProperty().bindBidirectional(model.sheetProperty());
        sheet.setOnAction(e -> model.chooseSheet(sheet.getValue()));
        source.textProperty().bindBidirectional(model.sourceProperty());
        mappingPage.visibleProperty().bind(model.stepProperty().isEqualTo(RosterImportSteps.MAP_COLUMNS));
        previewPage.visibleProperty().bind(model.stepProperty().isEqualTo(RosterImportSteps.PREVIEW)
                .or(model.stepProperty().isEqualTo(RosterImportSteps.DONE)));
        mapping.setItems(model.columns());
        mapping.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        headerColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().header()));
        fieldColumn.setCellValueFactory(c -> c.getValue().fieldProperty());
        fieldColumn.setCellFactory(ComboBoxTableCell.forTableColumn(org.creddesk.ui.common.ChoiceText.of(
                RosterField::label, ""), RosterField.values()));
        previewButton.disableProperty().bind(model.canPreviewProperty().not());
        evidenceColumn.setCellValueFactory(c -> javafx.beans.binding.Bindings.createStringBinding(() ->
                c.getValue().doubtfulProperty().get()
                        ? messages.text("roster.mapping.maybe", c.getValue().suggestion().label(), c.getValue().evidence())
                        : c.getValue().evidence(), c.getValue().doubtfulProperty()));
        mapping.setRowFactory(t -> new DoubtfulRow());
        doubtfulNote.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.doubtfulProperty().get() == 0 ? "" : messages.text("roster.mapping.doubtful",
                        model.doubtfulProperty().get()), model.doubtfulProperty()));
        RosterPreviewColumns columns = new RosterPreviewColumns(messages);
        java.util.List<RowStatus> choices = new java.util.ArrayList<>();
        choices.add(null);
        choices.addAll(java.util.List.of(RowStatus.values()));
        filter.getItems().setAll(choices);
        filter.setConverter(org.creddesk.ui.common.ChoiceText.of(columns::status, messages.text("roster.preview.allRows")));
        filter.valueProperty().bindBidirectional(model.statusFilterProperty());
        rows.setItems(model.visibleOutcomes());
        columns.rows(rows);
        problems.setItems(model.issues());
        columns.problems(problems);
        conflicts.setItems(model.conflicts());
        conflicts.editableProperty().bind(model.stepProperty().isEqualTo(RosterImportSteps.PREVIEW));
        columns.conflicts(conflicts);
        summary.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.stepProperty().get() == RosterImportSteps.DONE ? messages.text("roster.done.summary",
                        model.addedProperty().get(), model.changedProperty().get(), model.unchangedProperty().get(),
                        model.rejectedProperty().get(), model.keptMineProperty().get(), model.tookRosterProperty().get())
                        : messages.text("roster.preview.summary", model.addedProperty().get(),
                        model.changedProperty().get(), model.unchangedProperty().get(), model.rejectedProperty().get(),
                        model.conflicts().size(), model.missing().size()), model.stepProperty(), model.addedProperty(),
                model.changedProperty(), model.unchangedProperty(), model.rejectedProperty(), model.conflicts(),
                model.missing(), model.keptMineProperty(), model.tookRosterProperty()));
        summary.getStyleClass().add("roster-summary");
        model.stepProperty().addListener((o, a, b) -> summary.pseudoClassStateChanged(APPLIED, b == RosterImportSteps.DONE));
        applyButton.disableProperty().bind(model.canApplyProperty().not());
        undoButton.disableProperty().bind(model.canUndoProperty().not());
        notice.visibleProperty().bind(model.undoneProperty());
        notice.managedProperty().bind(model.undoneProperty());
        notice.setText(messages.text("roster.done.undone"));
    }

    /** A row whose field the matcher only guessed stays marked until the person chooses one. */
    private static final class DoubtfulRow extends javafx.scene.control.TableRow<ColumnChoice> {
        private static final javafx.css.PseudoClass DOUBTFUL = javafx.css.PseudoClass.getPseudoClass("doubtful");
        private final javafx.beans.value.ChangeListener<Boolean> mark = (o, a, b) -> pseudoClassStateChanged(DOUBTFUL, b);

        @Override
        protected void updateItem(ColumnChoice item, boolean empty) {
            if (getItem() != null) {
                getItem().doubtfulProperty().removeListener(mark);
            }
            super.updateItem(item, empty);
            boolean doubtful = !empty && item != null && item.doubtfulProperty().get();
            pseudoClassStateChanged(DOUBTFUL, doubtful);
            if (!empty && item != null) {
                item.doubtfulProperty().addListener(mark);
            }
        }
    }

    @FXML
    private void acceptSuggestions() {
        model.acceptSuggestions();
    }

    @FXML
    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("roster.file.filter"),
                "*.xlsx", "*.xls", "*.csv", "*.txt"));
        java.io.File chosen = chooser.showOpenDialog(file.getScene().getWindow());
        if (chosen != null) {
            file.setText(chosen.getPath());
            open();
        }
    }

    @FXML
    private void open() {
        if (!file.getText().isBlank()) {
            model.open(Path.of(file.getText().strip()));
        }
    }

    @FXML
    private void preview() {
        model.preview();
    }

    @FXML
    private void apply() {
        model.apply();
    }

    @FXML
    private void undo() {
        model.undoLastImport();
    }

    @FXML
    private void restart() {
        file.clear();
        model.restart();
    }
}
