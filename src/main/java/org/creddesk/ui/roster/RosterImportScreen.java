package org.creddesk.ui.roster;

import javafx.scene.Node;
import javafx.scene.Parent;
import org.creddesk.ui.common.Screen;
import org.creddesk.ui.common.UiContext;

/**
 * The Roster import place: the wizard over the shared importer. Its work (reading, previewing, applying) shows in
 * the status bar with progress and a cancel button; a cancelled apply leaves the store unchanged.
 */
public final class RosterImportScreen implements Screen {
    private final Parent view;

    public RosterImportScreen(UiContext ui) {
        RosterBackground background = new RosterBackground() {
            @Override
            public <T> void run(String title, Work<T> work, java.util.function.Consumer<? super T> ok,
                                java.util.function.Consumer<Throwable> failed) {
                ui.tasks().runVisible(ui.messages().text(title), work::call, ok, failed);
            }
        };
        RosterImportViewModel model = new RosterImportViewModel(ui.app().rosterImporter(), background);
        model.setOnStoreChanged(ui.status()::storeChanged);
        view = ui.views().load("RosterImportView.fxml", new RosterImportView(model, ui.messages()));
    }

    @Override
    public Node view() {
        return view;
    }
}
