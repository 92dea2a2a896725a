package org.creddesk.ui.network;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import org.creddesk.ui.common.Screen;
import org.creddesk.ui.common.ShellCommand;
import org.creddesk.ui.common.UiContext;

/** The Network place: the manager's KPIs as charts, read again each time it is shown. */
public final class NetworkScreen implements Screen {
    private final UiContext ui;
    private final NetworkViewModel model;
    private final NetworkView controller;
    private final Node view;

    public NetworkScreen(UiContext ui) {
        this.ui = ui;
        model = new NetworkViewModel(ui.app().networkReport(), ui.tasks(), ui.messages(),
                ui.app().manualChange().actor());
        controller = new NetworkView(model, ui.messages(), ui.files());
        view = ui.views().load("NetworkView.fxml", controller);
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
        return List.of(new ShellCommand(ui.messages().text("network.command.refresh"),
                        KeyCombination.keyCombination("F5"), model::refresh),
                new ShellCommand(ui.messages().text("network.command.exportPdf"), null, controller::exportPdf),
                new ShellCommand(ui.messages().text("network.command.exportXlsx"), null, controller::exportXlsx));
    }
}
