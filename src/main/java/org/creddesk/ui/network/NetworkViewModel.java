package org.creddesk.ui.network;

import java.awt.image.RenderedImage;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javax.imageio.ImageIO;
import org.creddesk.domain.network.ChartData;
import org.creddesk.domain.network.NetworkKpis;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.TaskRunner;
import org.creddesk.workflow.NetworkReport;

/**
 * The Network screen's state: the chosen month, its figures as charts (read off the FX thread, the screen shows a
 * loading state meanwhile), and the exports (a chart as PNG, the page as PDF, the numbers as xlsx).
 */
public final class NetworkViewModel {
    private final NetworkReport report;
    private final TaskRunner tasks;
    private final Messages messages;
    private final String madeBy;
    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObservableList<ChartData> charts = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty notice = new SimpleStringProperty("");
    private NetworkKpis shown;
    private int requests;

    public NetworkViewModel(NetworkReport report, TaskRunner tasks, Messages messages, String madeBy) {
        this.report = report;
        this.tasks = tasks;
        this.messages = messages;
        this.madeBy = madeBy;
        YearMonth now = report.thisMonth();
        for (int i = 0; i < 24; i++) {
            months.add(now.minusMonths(i));
        }
        month.set(now);
        month.addListener((o, was, is) -> refresh());
    }

    /** Reads the chosen month's figures; a newer request wins over one still running. */
    public void refresh() {
        YearMonth asked = month.get();
        int request = ++requests;
        loading.set(true);
        tasks.run(progress -> report.load(asked), k -> {
            if (request == requests) {
                shown = k;
                charts.setAll(NetworkReport.charts(k));
                loading.set(false);
            }
        }, failure -> {
            if (request == requests) {
                loading.set(false);
                notice.set(messages.text("network.loadFailed", failure.getMessage()));
            }
        });
    }

    public void exportPdf(Path target) {
        NetworkKpis k = shown;
        if (k == null) {
            return;
        }
        tasks.runVisible(messages.text("network.export.pdfTask"), progress -> {
            report.writePdf(k, target, madeBy);
            return target;
        }, written -> notice.set(messages.text("network.export.done", written.getFileName())));
    }

    public void exportWorkbook(Path target) {
        NetworkKpis k = shown;
        if (k == null) {
            return;
        }
        tasks.runVisible(messages.text("network.export.xlsxTask"), progress -> {
            report.writeWorkbook(k, target);
            return target;
        }, written -> notice.set(messages.text("network.export.done", written.getFileName())));
    }

    /** Writes a chart's picture (taken by the view on the FX thread) as PNG, off the FX thread. */
    public void savePicture(RenderedImage image, Path target) {
        tasks.run(progress -> {
            if (!ImageIO.write(image, "png", target.toFile())) {
                throw new java.io.IOException("no PNG writer");
            }
            return target;
        }, written -> notice.set(messages.text("network.export.done", written.getFileName())));
    }

    public String fileName(String what, String extension) {
        return "network-" + what + "-" + month.get() + "." + extension;
    }

    public ObservableList<YearMonth> months() {
        return months;
    }

    public ObjectProperty<YearMonth> month() {
        return month;
    }

    public ObservableList<ChartData> charts() {
        return charts;
    }

    public BooleanProperty loading() {
        return loading;
    }

    public StringProperty notice() {
        return notice;
    }

    public List<ChartData> shownCharts() {
        return List.copyOf(charts);
    }
}
