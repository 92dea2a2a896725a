package org.creddesk.ui.providers;

import org.creddesk.ui.common.DialogStyle;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.creddesk.domain.ClaimsHistory;
import org.creddesk.domain.ProviderTaxonomy;
import org.creddesk.ui.common.Messages;

/**
 * One list of the provider file as a table with Add (Insert), Edit (Enter or double-click), Remove (Delete) and
 * "Where from?" for the selected row; the list's validation problems are listed under it.
 */
final class ChildListPane<T extends Record> extends VBox {
    private final ProviderWorkspaceViewModel vm;
    private final ChildSection<T> section;
    private final TableView<Record> table = new TableView<>();

    ChildListPane(ProviderWorkspaceViewModel vm, ChildSection<T> section) {
        this.vm = vm;
        this.section = section;
        Messages messages = vm.messages();
        getStyleClass().add("child-list");
        Label title = new Label(messages.text(section.titleKey()));
        title.getStyleClass().add("section-title");
        table.setId("table-" + section.path());
        table.setItems(vm.rows(section));
        table.setPlaceholder(new Label(messages.text("providers.row.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPrefHeight(220);
        for (String field : section.columns()) {
            TableColumn<Record, String> column = new TableColumn<>(messages.text(RecordFields.labelKey(field)));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text(c.getValue(), field)));
            column.setSortable(false);
            column.setCellFactory(org.creddesk.ui.common.TextCells.withTooltip());
            table.getColumns().add(org.creddesk.ui.common.HeaderWidths.fit(column));
        }
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                edit();
            } else if (e.getCode() == KeyCode.DELETE) {
                remove();
            } else if (e.getCode() == KeyCode.INSERT) {
                add();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                edit();
            }
        });
        Button add = button(messages.text("providers.row.add"), "add-" + section.path());
        add.setOnAction(e -> add());
        Button edit = button(messages.text("providers.row.edit"), "edit-" + section.path());
        edit.setOnAction(e -> edit());
        Button remove = button(messages.text("providers.row.remove"), "remove-" + section.path());
        remove.setOnAction(e -> remove());
        Button whereFrom = button(messages.text("providers.row.whereFrom"), "wherefrom-" + section.path());
        whereFrom.setOnAction(e -> whereFrom());
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(edit.disableProperty());
        whereFrom.disableProperty().bind(edit.disableProperty());
        Label problems = new Label();
        problems.getStyleClass().add("field-error");
        problems.setWrapText(true);
        vm.rowProblems(section).addListener((javafx.collections.ListChangeListener<String>) c ->
                problems.setText(String.join("\n", vm.rowProblems(section))));
        problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());
        HBox buttons = new HBox(8, add, edit, remove, whereFrom);
        buttons.getStyleClass().add("row-buttons");
        getChildren().addAll(title, table, problems);
        if (section == ChildSections.TAXONOMIES) {
            getChildren().add(taxonomyWarnings());
        } else if (section == ChildSections.CLAIMS) {
            Label window = new Label();
            window.setId("claimsWindow");
            window.getStyleClass().add("claims-window");
            window.setWrapText(true);
            window.textProperty().bind(vm.claimsWindowProperty());
            getChildren().add(window);
        }
        getChildren().add(buttons);
        setSpacing(8);
    }

    /** Codes the NUCC code set does not list, one line each: a warning, the file still saves. */
    private Label taxonomyWarnings() {
        Label warnings = new Label();
        warnings.setId("taxonomyWarnings");
        warnings.getStyleClass().add("field-warning");
        warnings.setWrapText(true);
        warnings.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> String.join("\n", vm.taxonomyWarnings()), vm.taxonomyWarnings()));
        warnings.visibleProperty().bind(warnings.textProperty().isNotEmpty());
        warnings.managedProperty().bind(warnings.visibleProperty());
        return warnings;
    }

    private static Button button(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        return b;
    }

    @SuppressWarnings("unchecked")
    private String text(Record row, String field) {
        if (row instanceof ProviderTaxonomy t && field.equals("description")) {
            return vm.taxonomyDescription(t); // the code set's words for the code, else what was typed
        }
        if (section.fields().kind(field) == RecordFields.Kind.AMOUNT) {
            Object amount = section.fields().value((T) row, field);
            return amount == null ? "" : ClaimsHistory.amount((java.math.BigDecimal) amount);
        }
        String text = section.fields().text((T) row, field);
        return section.fields().kind(field) == RecordFields.Kind.CHOICE ? FieldForm.choiceText(vm.messages(), text)
                : text;
    }

    private void add() {
        T blank = section.fields().blank(vm.newRowId(), vm.providerId());
        RowEditorDialog.edit(getScene().getWindow(), vm, section, -1, blank)
                .ifPresent(row -> vm.putRow(section, -1, row));
    }

    @SuppressWarnings("unchecked")
    private void edit() {
        int index = table.getSelectionModel().getSelectedIndex();
        if (index < 0) {
            return;
        }
        RowEditorDialog.edit(getScene().getWindow(), vm, section, index, (T) table.getItems().get(index))
                .ifPresent(row -> vm.putRow(section, index, row));
    }

    private void remove() {
        int index = table.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            vm.removeRow(section, index);
        }
    }

    /** Where each field of the selected row came from. */
    @SuppressWarnings("unchecked")
    private void whereFrom() {
        Record row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        String id = String.valueOf(section.fields().value((T) row, "id"));
        String text = section.fields().editable().stream()
                .map(f -> vm.messages().text(RecordFields.labelKey(f)) + ": " + vm.history().describe(id, f))
                .collect(Collectors.joining("\n"));
        Alert alert = DialogStyle.apply(new Alert(Alert.AlertType.INFORMATION, text));
        alert.initOwner(getScene().getWindow());
        alert.setTitle(vm.messages().text("providers.provenance.title"));
        alert.setHeaderText(vm.messages().text(section.titleKey()));
        alert.getDialogPane().setId("provenanceDialog");
        alert.show();
    }
}
