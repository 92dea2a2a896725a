package org.creddesk.ui.monitoring;

import java.time.YearMonth;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.util.StringConverter;
import org.creddesk.ui.common.Messages;

/** Above the review queue: import a list file (then screen everyone) and write a month's monitoring report. */
public final class ScreeningToolsView {
    private final ListImportViewModel lists;
    private final MonthlyReportViewModel report;
    private final Messages messages;
    @FXML
    private Button chooseList;
    @FXML
    private Label listFile;
    @FXML
    private DatePicker downloadedOn;
    @FXML
    private Button importNow;
    @FXML
    private Label importMessage;
    @FXML
    private ComboBox<YearMonth> reportMonth;
    @FXML
    private Button makeReport;
    @FXML
    private Label reportMessage;

    public ScreeningToolsView(ListImportViewModel lists, MonthlyReportViewModel report, Messages messages) {
        this.lists = lists;
        this.report = report;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        listFile.textProperty().bind(lists.fileTextProperty());
        downloadedOn.valueProperty().bindBidirectional(lists.downloadedOnProperty());
        importNow.disableProperty().bind(lists.canImportProperty().not());
        chooseList.disableProperty().bind(lists.busyProperty());
        importMessage.textProperty().bind(lists.messageProperty());
        lists.errorProperty().addListener((o, was, now) -> {
            importMessage.getStyleClass().remove("field-error");
            if (now) {
                importMessage.getStyleClass().add("field-error");
            }
        });
        lists.confirmationProperty().addListener((o, was, refused) -> {
            if (refused != null) {
                // After the change is delivered: the dialog waits for the person in its own event loop.
                Platform.runLater(() -> new SuspectListDialog(messages, importNow.getScene().getWindow()).ask(refused)
                        .ifPresentOrElse(lists::confirmAndImport, lists::declineConfirmation));
            }
        });
        reportMonth.getItems().setAll(report.months());
        reportMonth.setConverter(new StringConverter<>() {
            @Override
            public String toString(YearMonth m) {
                return m == null ? "" : m.toString();
            }

            @Override
            public YearMonth fromString(String s) {
                return s == null || s.isBlank() ? null : YearMonth.parse(s.strip());
            }
        });
        reportMonth.valueProperty().bindBidirectional(report.monthProperty());
        makeReport.disableProperty().bind(report.busyProperty());
        reportMessage.textProperty().bind(report.messageProperty());
    }

    @FXML
    private void chooseList() {
        lists.chooseFile();
    }

    @FXML
    private void importNow() {
        lists.importAndScreen();
    }

    @FXML
    private void makeReport() {
        report.makeReport();
    }
}
