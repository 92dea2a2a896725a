package org.creddesk.ui.shell;

import javafx.fxml.FXML;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import org.creddesk.ui.common.PaletteItem;

/** The palette overlay: a query field over a result list; Enter runs, Escape closes, arrows move. */
public final class CommandPaletteView {
    private final CommandPaletteViewModel model;
    private final Runnable close;
    @FXML
    private TextField query;
    @FXML
    private ListView<PaletteItem> results;

    public CommandPaletteView(CommandPaletteViewModel model, Runnable close) {
        this.model = model;
        this.close = close;
    }

    @FXML
    private void initialize() {
        query.textProperty().bindBidirectional(model.queryProperty());
        results.setItems(model.items());
        model.items().addListener((javafx.collections.ListChangeListener<PaletteItem>) c -> {
            if (!model.items().isEmpty()) {
                results.getSelectionModel().selectFirst();
            }
        });
        query.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        results.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                runSelected();
            }
        });
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case ENTER -> runSelected();
            case ESCAPE -> close.run();
            case DOWN -> results.getSelectionModel().selectNext();
            case UP -> results.getSelectionModel().selectPrevious();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void runSelected() {
        PaletteItem chosen = results.getSelectionModel().getSelectedItem();
        close.run();
        model.run(chosen);
    }

    /** Opens with an empty query and the cursor in it. */
    public void opened() {
        model.reset();
        query.requestFocus();
    }
}
