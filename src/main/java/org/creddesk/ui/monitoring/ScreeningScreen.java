package org.creddesk.ui.monitoring;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.Screen;
import org.creddesk.ui.common.ShellCommand;
import org.creddesk.ui.common.UiContext;

/** The Screening place: the exclusion review queue, refreshed each time it is shown. */
public final class ScreeningScreen implements Screen {
    private final ReviewQueueViewModel model;
    private final Parent view;
    private final Messages messages;

    public ScreeningScreen(UiContext ui) {
        messages = ui.messages();
        model = new ReviewQueueViewModel(ui.app().screening(), ui.app().manualChange(), ui.tasks(), ui.messages());
        view = ui.views().load("ReviewQueueView.fxml", new ReviewQueueView(model, ui.messages()));
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
        return List.of(new ShellCommand(messages.text("screening.run.button"), null, model::screenNow));
    }
}
