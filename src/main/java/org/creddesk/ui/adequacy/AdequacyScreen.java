package org.creddesk.ui.adequacy;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCombination;
import org.creddesk.ui.common.Screen;
import org.creddesk.ui.common.ShellCommand;
import org.creddesk.ui.common.UiContext;

/**
 * Network adequacy: members by ZIP against the standards table, straight-line miles between ZIP centroids (not
 * drive time), results per specialty group and county, a map of the counties, exports to xlsx and PDF.
 */
public final class AdequacyScreen implements Screen {
    private final Parent view;
    private final AdequacyView controller;
    private final AdequacyViewModel model;

    public AdequacyScreen(UiContext ui) {
        model = new AdequacyViewModel(ui.app().adequacy(), ui.app().adequacyReports(), ui.app().manualChange(),
                ui.tasks(), ui.messages());
        controller = new AdequacyView(model, ui.messages(), ui.files());
        view = ui.views().load("AdequacyView.fxml", controller);
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void activate() {
        controller.load();
    }

    @Override
    public boolean save() {
        return controller.save();
    }

    @Override
    public List<ShellCommand> commands() {
        return List.of(new ShellCommand(model.runLabel(), KeyCombination.keyCombination("Shortcut+R"),
                model::run));
    }
}
