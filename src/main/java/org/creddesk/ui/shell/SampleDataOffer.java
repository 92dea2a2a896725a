package org.creddesk.ui.shell;

import org.creddesk.ui.common.DialogStyle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.creddesk.sample.SampleDataLoader;
import org.creddesk.ui.common.UiContext;

/** Loads the bundled sample providers with progress; on a first start with an empty store, offers to. */
public final class SampleDataOffer {
    private final UiContext ui;
    private final Runnable afterLoad;
    private final Supplier<Window> owner;

    public SampleDataOffer(UiContext ui, Runnable afterLoad, Supplier<Window> owner) {
        this.ui = ui;
        this.afterLoad = afterLoad;
        this.owner = owner;
    }

    public void load() {
        ui.tasks().runVisible(ui.messages().text("shell.sample.task"), p -> ui.app().loadSample(p).providers(),
                this::loaded);
    }

    private void loaded(SampleDataLoader.Result result) {
        afterLoad.run();
        Alert done = DialogStyle.apply(new Alert(Alert.AlertType.INFORMATION));
        done.initOwner(owner.get());
        done.setTitle(ui.messages().text("shell.sample.title"));
        done.setHeaderText(null);
        done.setContentText(ui.messages().text("shell.sample.done", result.added(), result.skipped()));
        done.getDialogPane().setId("sampleLoadedDialog");
        done.show();
    }

    /** Asks once the store is known to be empty; the check reads the store off the FX thread. */
    public void offerIfEmpty() {
        ui.tasks().run(p -> ui.app().providers().isEmpty(), empty -> {
            if (!empty) {
                return;
            }
            ButtonType yes = new ButtonType(ui.messages().text("shell.sample.yes"), ButtonBar.ButtonData.YES);
            ButtonType no = new ButtonType(ui.messages().text("shell.sample.no"), ButtonBar.ButtonData.NO);
            Alert ask = DialogStyle.apply(new Alert(Alert.AlertType.CONFIRMATION, ui.messages().text("shell.sample.offer"),
                    yes, no));
            ask.initOwner(owner.get());
            ask.setTitle(ui.messages().text("shell.sample.title"));
            ask.setHeaderText(ui.messages().text("shell.sample.header"));
            ask.getDialogPane().setId("sampleOfferDialog");
            ask.showAndWait().filter(yes::equals).ifPresent(b -> load());
        });
    }
}
