package org.creddesk.ui.adequacy;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import org.creddesk.domain.adequacy.AdequacyResult;
import org.creddesk.ui.common.Messages;

/** The columns of the Adequacy screen's three tables. */
final class AdequacyColumns {
    private AdequacyColumns() {
    }

    /** The standards table: every cell edited in place (F2 or a double click, Enter to keep). */
    static void standards(TableView<StandardRow> table, Messages m) {
        String[] keys = {"adequacy.col.group", "adequacy.col.prefixes", "adequacy.col.maxMiles",
            "adequacy.col.maxMinutes", "adequacy.col.minPer1000", "adequacy.col.minShare"};
        int[] widths = {260, 300, 90, 100, 130, 130};
        table.setEditable(true);
        for (int i = 0; i < keys.length; i++) {
            final int cell = i;
            TableColumn<StandardRow, String> c = new TableColumn<>(m.text(keys[i]));
            c.setCellValueFactory(r -> StandardRow.cells(r.getValue())[cell]);
            // an edited cell cut off shows whole in its tooltip, like every other table's cells
            c.setCellFactory(col -> new TextFieldTableCell<>(new javafx.util.converter.DefaultStringConverter()) {
                private final javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();

                @Override
                public void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    whole.setText(item);
                    setTooltip(empty || item == null || item.isBlank() ? null : whole);
                }
            });
            c.setOnEditCommit(e -> {
                StringProperty target = StandardRow.cells(e.getRowValue())[cell];
                target.set(e.getNewValue() == null ? "" : e.getNewValue().strip());
            });
            c.setPrefWidth(widths[i]);
            c.setSortable(false);
            table.getColumns().add(c);
        }
    }

    /** A result table: groups (with the standard's miles) or counties. */
    static void results(TableView<ResultLine> table, Messages m, boolean counties) {
        table.getColumns().setAll(List.of(
                text(m.text(counties ? "adequacy.col.county" : "adequacy.col.group"), ResultLine::name,
                        counties ? 165 : 185),
                text(m.text("adequacy.col.members"), l -> Long.toString(l.figures().members()), 82),
                text(m.text("adequacy.col.covered"), l -> percent(l.figures()), 80),
                text(m.text("adequacy.col.per1000"), l -> String.format(Locale.ROOT, "%.2f",
                        l.figures().providersPer1000()), 82),
                result(m),
                text(m.text("adequacy.col.failingZips"), l -> zips(l.figures().failingZips()), 220)));
    }

    private static String percent(AdequacyResult.Figures f) {
        return String.format(Locale.ROOT, "%.1f%%", f.coveredShare() * 100);
    }

    private static String zips(List<String> zips) {
        return zips.size() <= 12 ? String.join(" ", zips) : String.join(" ", zips.subList(0, 12)) + " …+"
                + (zips.size() - 12);
    }

    private static TableColumn<ResultLine, String> text(String title, Function<ResultLine, String> value, int width) {
        TableColumn<ResultLine, String> c = new TableColumn<>(title);
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(value.apply(r.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<ResultLine, String> result(Messages m) {
        TableColumn<ResultLine, String> c = text(m.text("adequacy.col.result"), l -> l.figures().pass()
                ? m.text("adequacy.pass") : m.text("adequacy.fail"), 60);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().removeAll("adequacy-pass", "adequacy-fail");
                if (!empty && getTableRow() != null && getTableRow().getItem() != null) {
                    getStyleClass().add(getTableRow().getItem().figures().pass() ? "adequacy-pass" : "adequacy-fail");
                }
            }
        });
        return c;
    }
}
