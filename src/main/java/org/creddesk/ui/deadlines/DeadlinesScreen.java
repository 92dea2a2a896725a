package org.creddesk.ui.deadlines;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import org.creddesk.ui.common.Screen;
import org.creddesk.ui.common.ShellCommand;
import org.creddesk.ui.common.UiContext;

/** The Deadlines place: the dashboard, refreshed each time it is shown. */
public final class DeadlinesScreen implements Screen {
    private final UiContext ui;
    private final DeadlineDashboardViewModel model;
    private final Node view;

    public DeadlinesScreen(UiContext ui) {
        this.ui = ui;
        var app = ui.app();
        model = new DeadlineDashboardViewModel(app.deadlines(), app.whatBlocks(), app.screening()::holds,
                app.manualChange(), ui.tasks(), ui.messages());
        view = ui.views().load("DeadlineDashboardView.fxml", new DeadlineDashboardView(model, ui.messages(),
                ui.navigation()::openProvider, this::exportSpreadsheet));
        model.greet(text -> ui.notice().show(text, ui.messages().text("deadlines.notice.openDashboard"),
                () -> ui.navigation().show(this)));
    }

    private void exportSpreadsheet() {
        ui.files().chooseSaveTarget("deadlines-" + model.today() + ".xlsx").ifPresent(model::exportSpreadsheet);
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
        return List.of(new ShellCommand(ui.messages().text("deadlines.command.refresh"),
                KeyCombination.keyCombination("F5"), model::refresh),
                new ShellCommand(ui.messages().text("deadlines.command.export"), null, this::exportSpreadsheet));
    }
}
