package org.creddesk.ui.network;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.creddesk.domain.network.ChartData;
import org.creddesk.ui.common.DesktopFiles;
import org.creddesk.ui.common.Messages;

/** The Network page: month, exports, a two-column grid of chart cards in a scroll pane, a loading state. */
public final class NetworkView {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.getDefault());
    private final NetworkViewModel model;
    private final NetworkChartCards cards;
    private final DesktopFiles files;
    @FXML
    private ComboBox<YearMonth> month;
    @FXML
    private GridPane grid;
    @FXML
    private VBox loading;
    @FXML
    private Label notice;
    @FXML
    private Button exportPdf;
    @FXML
    private Button exportXlsx;

    NetworkView(NetworkViewModel model, Messages messages, DesktopFiles files) {
        this.model = model;
        this.cards = new NetworkChartCards(messages);
        this.files = files;
    }

    @FXML
    private void initialize() {
        month.setItems(model.months());
        month.valueProperty().bindBidirectional(model.month());
        month.setButtonCell(monthCell());
        month.setCellFactory(l -> monthCell());
        loading.visibleProperty().bind(model.loading());
        exportPdf.disableProperty().bind(model.loading());
        exportXlsx.disableProperty().bind(model.loading());
        notice.textProperty().bind(model.notice());
        notice.visibleProperty().bind(model.notice().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        model.charts().addListener((javafx.collections.ListChangeListener<ChartData>) c -> layout());
    }

    private static ListCell<YearMonth> monthCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(YearMonth item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.format(MONTH));
            }
        };
    }

    private void layout() {
        grid.getChildren().clear();
        int i = 0;
        for (ChartData chart : model.charts()) {
            grid.add(cards.card(chart, this::savePng), i % 2, i / 2);
            i++;
        }
    }

    private void savePng(Node area, String chartId) {
        files.chooseSaveTarget(model.fileName(chartId, "png")).ifPresent(target -> {
            var image = area.snapshot(new SnapshotParameters(), null);
            model.savePicture(SwingFXUtils.fromFXImage(image, null), target);
        });
    }

    @FXML
    void refresh() {
        model.refresh();
    }

    @FXML
    void exportPdf() {
        files.chooseSaveTarget(model.fileName("report", "pdf")).ifPresent(model::exportPdf);
    }

    @FXML
    void exportXlsx() {
        files.chooseSaveTarget(model.fileName("numbers", "xlsx")).ifPresent(model::exportWorkbook);
    }
}
