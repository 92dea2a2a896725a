package org.creddesk.ui.network;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.creddesk.domain.network.ChartData;
import org.creddesk.ui.common.Messages;

/** A chart card of the Network page: title, "Save as PNG", and the JavaFX chart or what to do when it is empty. */
final class NetworkChartCards {
    static final double CHART_HEIGHT = 270;
    private final NetworkChartTexts texts;
    private final Messages messages;

    NetworkChartCards(Messages messages) {
        this.messages = messages;
        this.texts = new NetworkChartTexts(messages);
    }

    /** {@code savePng} gets the card's chart area and the chart's id when the person asks for a picture. */
    VBox card(ChartData data, BiConsumer<Node, String> savePng) {
        Label title = new Label(texts.title(data));
        title.getStyleClass().add("chart-title");
        title.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Node body = data.isEmpty() ? empty(data) : chart(data);
        StackPane area = new StackPane(body);
        area.setMinHeight(CHART_HEIGHT);
        area.setPrefHeight(CHART_HEIGHT);
        area.getStyleClass().add("chart-area");
        Button png = new Button(messages.text("network.savePng"));
        png.setId("png-" + data.id());
        png.setMinWidth(Region.USE_PREF_SIZE); // the title wraps; the button stays whole
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.SOMETIMES);
        png.setOnAction(e -> savePng.accept(area, data.id()));
        HBox head = new HBox(8, title, gap, png);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(4, head, area);
        card.setId("chart-" + data.id());
        card.getStyleClass().add("chart-card");
        return card;
    }

    private Node empty(ChartData data) {
        Label l = new Label(texts.empty(data));
        l.setWrapText(true);
        l.getStyleClass().add("chart-empty");
        l.setId("empty-" + data.id());
        l.setMaxWidth(420);
        return l;
    }

    private Chart chart(ChartData data) {
        Chart chart = switch (data.kind()) {
            case SHARE -> pie(data);
            case LINE -> xy(new LineChart<>(new CategoryAxis(), new NumberAxis()), data);
            case STACKED_BAR -> xy(new StackedBarChart<>(new CategoryAxis(), new NumberAxis()), data);
            case BAR -> xy(new BarChart<>(new CategoryAxis(), new NumberAxis()), data);
        };
        chart.setAnimated(false);
        chart.setLegendVisible(data.charted().size() > 1 || data.kind() == ChartData.Kind.SHARE);
        chart.getStyleClass().add("network-chart");
        return chart;
    }

    private XYChart<String, Number> xy(XYChart<String, Number> chart, ChartData data) {
        ((NumberAxis) chart.getYAxis()).setLabel(data.unit().equals("%") ? "%" : null);
        ((NumberAxis) chart.getYAxis()).setForceZeroInRange(true);
        for (ChartData.Series s : data.charted()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(texts.series(s));
            List<Double> values = s.values();
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null) {
                    series.getData().add(new XYChart.Data<>(texts.category(data, i), values.get(i)));
                } else if (data.kind() != ChartData.Kind.LINE) {
                    series.getData().add(new XYChart.Data<>(texts.category(data, i), 0));
                }
            }
            chart.getData().add(series);
        }
        if (chart.getXAxis() instanceof CategoryAxis axis) {
            axis.setCategories(javafx.collections.FXCollections.observableArrayList(
                    java.util.stream.IntStream.range(0, data.categories().size())
                            .mapToObj(i -> texts.category(data, i)).toList()));
        }
        return chart;
    }

    private PieChart pie(ChartData data) {
        PieChart pie = new PieChart();
        List<Double> values = data.charted().get(0).values();
        for (int i = 0; i < values.size(); i++) {
            pie.getData().add(new PieChart.Data(texts.category(data, i) + " (" + values.get(i).longValue() + ")",
                    values.get(i)));
        }
        pie.setLabelsVisible(true);
        return pie;
    }
}
