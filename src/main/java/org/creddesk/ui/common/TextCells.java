package org.creddesk.ui.common;

import java.util.function.Predicate;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.util.Callback;

/** Table cells for text that a narrow column may cut off: the whole text is in the cell's tooltip. */
public final class TextCells {
    private TextCells() {
    }

    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> withTooltip() {
        return withTooltip(row -> false, null);
    }

    /** As {@link #withTooltip()}, and the cell takes {@code styleClass} while {@code flagged} holds for its row. */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> withTooltip(Predicate<S> flagged,
                                                                                       String styleClass) {
        return column -> new TableCell<>() {
            // One tooltip per cell, its text following the item (cells are reused as the table scrolls).
            private final Tooltip tooltip = new Tooltip();

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                if (styleClass != null) {
                    getStyleClass().remove(styleClass);
                    S row = getTableRow() == null ? null : getTableRow().getItem();
                    if (!empty && row != null && flagged.test(row)) {
                        getStyleClass().add(styleClass);
                    }
                }
                boolean shown = !empty && item != null && !item.isEmpty();
                tooltip.setText(shown ? item : null);
                setTooltip(shown ? tooltip : null);
            }
        };
    }
}
