package org.creddesk.ui.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.Screen;
import org.creddesk.ui.common.ShellCommand;
import org.creddesk.ui.common.UiContext;

/**
 * The Screening place: import a list file and screen everyone, the month's monitoring report, and the exclusion
 * review queue, refreshed each time it is shown.
 */
public final class ScreeningScreen implements Screen {
    private final ReviewQueueViewModel model;
    private final ListImportViewModel lists;
    private final MonthlyReportViewModel report;
    private final Parent view;
    private final Messages messages;

    public ScreeningScreen(UiContext ui) {
        messages = ui.messages();
        model = new ReviewQueueViewModel(ui.app().screening(), ui.app().manualChange(), ui.tasks(), ui.messages());
        LocalDate today = LocalDate.now(ui.app().clock());
        lists = new ListImportViewModel(ui.app().screening(), ui.app().manualChange(), ui.tasks(), ui.messages(),
                ui.files(), today, model::refresh);
        report = new MonthlyReportViewModel(ui.app().monitoringReports(), ui.app().manualChange().actor(), ui.tasks(),
                ui.messages(), ui.files(), YearMonth.from(today));
        ReviewQueueView queue = new ReviewQueueView(model, ui.messages());
        view = ui.views().load("ReviewQueueView.fxml", queue);
        queue.addTools(ui.views().load("ScreeningToolsView.fxml", new ScreeningToolsView(lists, report, ui.messages())));
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void activate() {
        model.refresh();
    }

    @Override
    public List<ShellCommand> commands() {
        return List.of(new ShellCommand(messages.text("screening.run.button"), null, model::screenNow),
                new ShellCommand(messages.text("screening.import.command"), null, lists::chooseFile),
                new ShellCommand(messages.text("screening.report.command"), null, report::makeReport));
    }
}
