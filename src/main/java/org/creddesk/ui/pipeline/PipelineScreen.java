package org.creddesk.ui.pipeline;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import org.creddesk.ui.common.Screen;
import org.creddesk.ui.common.ShellCommand;
import org.creddesk.ui.common.UiContext;

/** The Pipeline place: providers by lifecycle stage, refreshed each time it is shown (issue 14). */
public final class PipelineScreen implements Screen {
    private final PipelineViewModel model;
    private final PipelineView controller;
    private final Node view;
    private final UiContext ui;

    public PipelineScreen(UiContext ui) {
        this.ui = ui;
        var app = ui.app();
        model = new PipelineViewModel(app.lifecycle(), () -> app.taxonomy().descriptions(),
                () -> app.enrollments().payers(), app.manualChange(), ui.tasks(), ui.messages());
        controller = new PipelineView(model, ui.messages(), id -> ui.navigation().openProvider(id, null));
        view = ui.views().load("PipelineView.fxml", controller);
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
        return List.of(new ShellCommand(ui.messages().text("pipeline.command.refresh"),
                null, model::refresh),
                new ShellCommand(ui.messages().text("pipeline.command.focus"),
                        KeyCombination.keyCombination("Shortcut+Shift+B"), controller::focusBoard));
    }
}
