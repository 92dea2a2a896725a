package org.creddesk.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.IndexedCell;
import javafx.scene.input.KeyEvent;

/** Whether an Escape belongs to the control it was typed in (a cell being edited, an open list) and not to the screen. */
public final class EscapeTargets {
    private EscapeTargets() {
    }

    public static boolean editing(KeyEvent e) {
        Node n = e.getTarget() instanceof Node node ? node : null;
        while (n != null) {
            if (n instanceof IndexedCell<?> cell && cell.isEditing()) {
                return true;
            }
            if (n instanceof ComboBoxBase<?> combo && combo.isShowing()) {
                return true;
            }
            n = n.getParent();
        }
        return false;
    }
}
