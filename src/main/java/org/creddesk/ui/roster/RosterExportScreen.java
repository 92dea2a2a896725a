package org.creddesk.ui.roster;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.creddesk.ui.common.Screen;
import org.creddesk.ui.common.UiContext;

/**
 * The Roster export place: write a roster through a template for all, a search, a group or a payer's enrolled
 * providers (or a payer's Adds / Updates / Terms), and the imports done, each one undoable.
 */
public final class RosterExportScreen implements Screen {
    private final Parent view;
    private final RosterExportView controller;

    public RosterExportScreen(UiContext ui) {
        RosterBackground background = new RosterBackground() {
            @Override
            public <T> void run(String title, Work<T> work, Consumer<? super T> ok, Consumer<Throwable> failed) {
                ui.tasks().runVisible(ui.messages().text(title), work::call, ok, failed);
            }
        };
        RosterExportViewModel model = new RosterExportViewModel(ui.app(), background, ui.messages());
        controller = new RosterExportView(model, ui.messages(), ui.files());
        view = ui.views().load("RosterExportView.fxml", controller);
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void activate() {
        controller.refresh();
    }
}
