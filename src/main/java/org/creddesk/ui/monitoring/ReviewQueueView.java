package org.creddesk.ui.monitoring;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.creddesk.domain.monitoring.Disposition;
import org.creddesk.domain.monitoring.ScreeningHit;
import org.creddesk.ui.common.Messages;

/** The review queue: hits on the left, the selected hit's list row beside the provider and the decision below. */
public final class ReviewQueueView {
    private final ReviewQueueViewModel model;
    private final Messages messages;
    @FXML
    private TableView<ScreeningHit> hitTable;
    @FXML
    private TableColumn<ScreeningHit, String> strengthColumn;
    @FXML
    private TableColumn<ScreeningHit, String> listColumn;
    @FXML
    private TableColumn<ScreeningHit, String> providerColumn;
    @FXML
    private TableColumn<ScreeningHit, String> npiColumn;
    @FXML
    private TableColumn<ScreeningHit, String> listNameColumn;
    @FXML
    private TableColumn<ScreeningHit, String> statusColumn;
    @FXML
    private TableView<ComparisonLine> comparisonTable;
    @FXML
    private TableColumn<ComparisonLine, String> fieldColumn;
    @FXML
    private TableColumn<ComparisonLine, String> providerValueColumn;
    @FXML
    private TableColumn<ComparisonLine, String> listValueColumn;
    @FXML
    private ListView<String> reasonList;
    @FXML
    private ComboBox<Disposition> dispositionChoice;
    @FXML
    private TextArea noteArea;
    @FXML
    private Button recordButton;
    @FXML
    private CheckBox showAll;
    @FXML
    private Label summary;
    @FXML
    private Label notice;
    @FXML
    private Label lists;
    @FXML
    private Button screenNow;
    @FXML
    private VBox tools;

    public ReviewQueueView(ReviewQueueViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        hitTable.setItems(model.hits());
        text(strengthColumn, h -> messages.text("screening.strength." + h.strength().name()));
        text(listColumn, h -> h.source().name());
        text(providerColumn, ScreeningHit::providerName);
        text(npiColumn, ScreeningHit::providerNpi);
        text(listNameColumn, h -> h.listRow().displayName());
        text(statusColumn, h -> h.absent()
                ? messages.text("screening.status.absent", messages.text("screening.status." + h.status().name()))
                : messages.text("screening.status." + h.status().name()));
        hitTable.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> model.selectedProperty()
                .set(now));
        model.selectedProperty().addListener((o, old, now) -> {
            if (hitTable.getSelectionModel().getSelectedItem() != now) {
                hitTable.getSelectionModel().select(now);
            }
        });
        comparisonTable.setItems(model.comparison());
        fieldColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        providerValueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().provider()));
        listValueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().list()));
        comparisonTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ComparisonLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().remove("agrees");
                if (!empty && line != null && line.agrees()) {
                    getStyleClass().add("agrees");
                }
            }
        });
        reasonList.setItems(model.reasons());
        dispositionChoice.getItems().setAll(Disposition.values());
        dispositionChoice.setCellFactory(l -> new DispositionCell());
        dispositionChoice.setButtonCell(new DispositionCell());
        dispositionChoice.valueProperty().bindBidirectional(model.dispositionProperty());
        noteArea.textProperty().bindBidirectional(model.noteProperty());
        recordButton.disableProperty().bind(model.canRecordProperty().not());
        showAll.selectedProperty().bindBidirectional(model.showAllProperty());
        summary.textProperty().bind(model.summaryProperty());
        notice.textProperty().bind(model.noticeProperty());
        lists.textProperty().bind(model.listsProperty());
        screenNow.disableProperty().bind(model.busyProperty());
    }

    /** Puts the import and report tools between the lists in force and the queue. */
    void addTools(javafx.scene.Node node) {
        tools.getChildren().add(node);
    }

    @FXML
    private void screenNow() {
        model.screenNow();
    }

    @FXML
    private void record() {
        model.record();
    }

    private static <T> void text(TableColumn<T, String> column, Function<T, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue() == null ? "" : value.apply(c.getValue())));
    }

    private final class DispositionCell extends ListCell<Disposition> {
        @Override
        protected void updateItem(Disposition d, boolean empty) {
            super.updateItem(d, empty);
            setText(empty || d == null ? messages.text("screening.review.choose")
                    : messages.text("screening.disposition." + d.name()));
        }
    }
}
