package org.creddesk.ui.monitoring;

import java.time.YearMonth;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.util.StringConverter;

/** Above the review queue: import a list file (then screen everyone) and write a month's monitoring report. */
public final class ScreeningToolsView {
    private final ListImportViewModel lists;
    private final MonthlyReportViewModel report;
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

    public ScreeningToolsView(ListImportViewModel lists, MonthlyReportViewModel report) {
        this.lists = lists;
        this.report = report;
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
