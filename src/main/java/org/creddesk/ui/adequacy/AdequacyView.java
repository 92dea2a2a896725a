package org.creddesk.ui.adequacy;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.creddesk.adequacy.StandardsCsv;
import org.creddesk.ui.common.DesktopFiles;
import org.creddesk.ui.common.Messages;

/** The Adequacy screen's controller: binds the form, the three tables and the map; forwards the actions. */
public final class AdequacyView {
    private final AdequacyViewModel model;
    private final Messages messages;
    private final DesktopFiles files;
    @FXML private TextField membersFile;
    @FXML private ComboBox<String> payer;
    @FXML private Button run;
    @FXML private Button cancel;
    @FXML private Button exportXlsx;
    @FXML private Button exportPdf;
    @FXML private Label message;
    @FXML private Label error;
    @FXML private Label source;
    @FXML private TabPane tabs;
    @FXML private Tab resultsTab;
    @FXML private TableView<StandardRow> standards;
    @FXML private TableView<ResultLine> groups;
    @FXML private TableView<ResultLine> counties;
    @FXML private Label mapTitle;
    @FXML private CountyMap map;

    public AdequacyView(AdequacyViewModel model, Messages messages, DesktopFiles files) {
        this.model = model;
        this.messages = messages;
        this.files = files;
    }

    @FXML
    private void initialize() {
        membersFile.textProperty().bindBidirectional(model.membersFileProperty());
        payer.setItems(model.payers());
        payer.valueProperty().bindBidirectional(model.payerProperty());
        run.disableProperty().bind(model.busyProperty());
        cancel.disableProperty().bind(model.busyProperty().not());
        exportXlsx.disableProperty().bind(model.busyProperty().or(model.lastRunProperty().isNull()));
        exportPdf.disableProperty().bind(exportXlsx.disableProperty());
        message.textProperty().bind(model.messageProperty());
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(model.errorProperty().isNotEmpty());
        source.setText(String.join(" ", StandardsCsv.shippedSourceLines()));
        AdequacyColumns.standards(standards, messages);
        standards.setItems(model.standards());
        AdequacyColumns.results(groups, messages, false);
        groups.setItems(model.groups());
        AdequacyColumns.results(counties, messages, true);
        counties.setItems(model.counties());
        groups.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedGroupProperty().set(now);
            }
        });
        model.selectedGroupProperty().addListener((o, was, now) -> {
            groups.getSelectionModel().select(now);
            mapTitle.setText(now == null ? "" : messages.text("adequacy.map.title", now.name()));
        });
        model.map().addListener((ListChangeListener<MapCounty>) c -> map.show(model.map()));
        model.lastRunProperty().addListener((o, was, now) -> tabs.getSelectionModel().select(resultsTab));
    }

    void load() {
        model.load();
    }

    boolean save() {
        return model.save();
    }

    @FXML
    private void chooseMembers() {
        files.chooseCsvFile().ifPresent(p -> model.membersFileProperty().set(p.toString()));
    }

    @FXML
    private void run() {
        model.run();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    @FXML
    private void addRow() {
        StandardRow row = model.addRow();
        standards.getSelectionModel().select(row);
        standards.scrollTo(row);
        standards.edit(standards.getItems().size() - 1, standards.getColumns().get(0));
    }

    @FXML
    private void removeRow() {
        StandardRow row = standards.getSelectionModel().getSelectedItem();
        if (row != null) {
            model.removeRow(row);
        }
    }

    @FXML
    private void resetToDefault() {
        model.resetToDefault();
    }

    @FXML
    private void exportXlsx() {
        files.chooseSaveTarget(model.suggestedName(".xlsx")).ifPresent(model::export);
    }

    @FXML
    private void exportPdf() {
        files.chooseSaveTarget(model.suggestedName(".pdf")).ifPresent(model::export);
    }
}
