package org.creddesk.ui.monitoring;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.creddesk.domain.Progress;
import org.creddesk.monitoring.MonitoringReportFiles;
import org.creddesk.ui.common.DesktopFiles;
import org.creddesk.ui.common.HumanMessage;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.TaskRunner;

/** "Monthly report…": pick a month and a folder; the PDF, xlsx and CSV files are written in the background. */
public final class MonthlyReportViewModel {
    private final MonitoringReportFiles reports;
    private final String madeBy;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DesktopFiles files;
    private final List<YearMonth> months = new ArrayList<>();
    private final ObjectProperty<YearMonth> month;
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public MonthlyReportViewModel(MonitoringReportFiles reports, String madeBy, TaskRunner tasks, Messages messages,
                                  DesktopFiles files, YearMonth current) {
        this.reports = reports;
        this.madeBy = madeBy;
        this.tasks = tasks;
        this.messages = messages;
        this.files = files;
        for (int i = 0; i < 24; i++) {
            months.add(current.minusMonths(i));
        }
        this.month = new SimpleObjectProperty<>(current);
    }

    /** Asks for a folder, then writes the month's report there. */
    public void makeReport() {
        YearMonth chosen = month.get();
        if (chosen == null) {
            return;
        }
        files.chooseFolder().ifPresent(folder -> write(chosen, folder));
    }

    private void write(YearMonth chosen, Path folder) {
        busy.set(true);
        tasks.runVisible(messages.text("screening.report.title", chosen.toString()),
                p -> {
                    try {
                        return reports.write(chosen, folder, EnumSet.allOf(MonitoringReportFiles.Format.class), madeBy,
                                p);
                    } catch (Progress.CancelledException e) {
                        return null;
                    }
                },
                written -> {
                    busy.set(false);
                    if (written == null) {
                        message.set(messages.text("screening.report.cancelled"));
                        return;
                    }
                    message.set(messages.text("screening.report.done", chosen.toString(), written.files().size(),
                            folder.toString(), written.report().runs().size(), written.report().hits().size()));
                }, failure -> {
                    busy.set(false);
                    message.set(messages.text("screening.report.failed", HumanMessage.of(failure)));
                });
    }

    /** The last 24 months, this one first. */
    public List<YearMonth> months() {
        return months;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
