package org.creddesk.ui.common;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;

/**
 * The list a screen is about (its table, its board's list), found in its view: where the keyboard goes when the
 * person arrives on the screen, so arrows move in the list and not in the navigation.
 */
public final class MainList {
    private MainList() {
    }

    /** The first visible table, list or tree, depth first, in reading order. */
    public static Optional<Node> in(Node root) {
        if (root == null || !root.isVisible()) {
            return Optional.empty();
        }
        if (root instanceof TableView<?> || root instanceof ListView<?> || root instanceof TreeView<?>) {
            return Optional.of(root);
        }
        if (root instanceof javafx.scene.control.ComboBoxBase<?> || root instanceof javafx.scene.control.ChoiceBox<?>
                || root instanceof javafx.scene.control.TextInputControl) {
            return Optional.empty(); // their skins hold lists of their own (a combo's popup list)
        }
        if (root instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Optional<Node> found = in(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Focuses the main list of a view; false when the view has none. */
    public static boolean focus(Node root) {
        Optional<Node> list = in(root);
        list.ifPresent(Node::requestFocus);
        return list.isPresent();
    }
}
