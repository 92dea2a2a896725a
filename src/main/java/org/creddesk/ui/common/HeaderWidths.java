package org.creddesk.ui.common;

import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** A table column never narrower than its own header: a header cut to "Initially certifi..." says nothing. */
public final class HeaderWidths {
    /** Cell padding on both sides plus room for the sort arrow. */
    private static final double PADDING = 26;

    private HeaderWidths() {
    }

    public static <S, T> TableColumn<S, T> fit(TableColumn<S, T> column) {
        Text measure = new Text(column.getText());
        measure.setFont(Font.font(Font.getDefault().getFamily(), javafx.scene.text.FontWeight.BOLD,
                Font.getDefault().getSize()));
        double needed = Math.ceil(measure.getLayoutBounds().getWidth() + PADDING);
        column.setMinWidth(Math.max(column.getMinWidth(), needed));
        if (column.getPrefWidth() < needed) {
            column.setPrefWidth(needed);
        }
        return column;
    }
}
