package org.creddesk.ui.providers;

import org.creddesk.ui.common.DialogStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.creddesk.domain.Problem;
import org.creddesk.domain.ProviderTaxonomy;
import org.creddesk.ui.common.Messages;

/**
 * Edits one row of a list (a license, a registration...) with the same validation as the whole file; OK stays
 * disabled while the row is invalid, and the typed text stays in the dialog until it is fixed.
 */
final class RowEditorDialog {
    private RowEditorDialog() {
    }

    static <T extends Record> Optional<Record> edit(Window owner, ProviderWorkspaceViewModel vm, ChildSection<T> section,
                                                    int index, T row) {
        Messages messages = vm.messages();
        SimpleBooleanProperty invalid = new SimpleBooleanProperty(false);
        List<FormModel<T>> holder = new ArrayList<>(1);
        FormModel<T> form = new FormModel<>(section.fields(), section.fields().editable(),
                () -> check(vm, section, index, holder.get(0), invalid, messages));
        holder.add(form);
        form.load(row);
        Dialog<Record> dialog = DialogStyle.apply(new Dialog<>());
        dialog.initOwner(owner);
        dialog.setTitle(messages.text(index < 0 ? "providers.row.addTitle" : "providers.row.editTitle",
                messages.text(section.titleKey())));
        dialog.getDialogPane().setId("rowEditor");
        dialog.setHeaderText(dialog.getTitle());
        dialog.getDialogPane().setContent(FieldForm.build(form, section.fields().editable(), messages, null));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(invalid);
        dialog.setResultConverter(b -> b == ButtonType.OK ? form.build("", new ArrayList<>()) : null);
        check(vm, section, index, form, invalid, messages);
        return dialog.showAndWait();
    }

    /**
     * Beside the code: what the NUCC code set calls it, or a warning when it does not list it. A blank description
     * (or one the code set wrote for another code) is filled with the code set's words, which the person may change.
     */
    private static void describeCode(ProviderWorkspaceViewModel vm, FormModel<?> form, ProviderTaxonomy t) {
        var known = vm.taxonomyCodes().of(t.code());
        form.hint("code").set(known.orElse(""));
        form.warning("code").set(vm.taxonomyWarning(t.code()));
        String typed = form.value("description").get().strip();
        if (known.isPresent() && !typed.equals(known.get())
                && (typed.isEmpty() || vm.taxonomyCodes().byCode().containsValue(typed))) {
            form.value("description").set(known.get());
        }
    }

    private static <T extends Record> void check(ProviderWorkspaceViewModel vm, ChildSection<T> section, int index,
                                                 FormModel<T> form, SimpleBooleanProperty invalid, Messages messages) {
        List<Problem> parse = new ArrayList<>();
        T candidate = form.build("", parse);
        int at = index < 0 ? vm.rows(section).size() : index;
        List<Problem> problems = new ArrayList<>();
        parse.forEach(p -> problems.add(Problem.of(section.rowPrefix(at) + p.field(), p.key(), p.message())));
        problems.addAll(vm.checkRow(section, index, candidate, List.of()));
        form.showProblems(problems, section.rowPrefix(at), messages);
        if (candidate instanceof ProviderTaxonomy t) {
            describeCode(vm, form, t);
        }
        invalid.set(!problems.isEmpty());
    }
}
