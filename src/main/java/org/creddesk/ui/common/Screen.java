package org.creddesk.ui.common;

import java.util.List;
import javafx.scene.Node;

/**
 * One place in the left navigation. The shell shows its view, tells it when it becomes visible or hidden (so it can
 * own and dispose its subscriptions), and asks it for commands and quick-jump results for the command palette.
 */
public interface Screen {
    Node view();

    /** Became visible: refresh what may have changed elsewhere. */
    default void activate() {
    }

    default void deactivate() {
    }

    /** Commands for the File menu, the keyboard and the palette. */
    default List<ShellCommand> commands() {
        return List.of();
    }

    /** Quick-jump targets matching the palette text; called off the FX thread, so it may read the store. */
    default List<PaletteItem> find(String text) {
        return List.of();
    }

    /** Ctrl+S: saves what is being edited; false when there is nothing here to save. */
    default boolean save() {
        return false;
    }

    /** Arriving on the screen (Ctrl+n, the Go menu, the palette, a click in the navigation): focus its main list. */
    default void focusMain() {
        MainList.focus(view());
    }

    /** Ctrl+F: puts the cursor in this screen's search field. */
    default void focusSearch() {
    }
}
