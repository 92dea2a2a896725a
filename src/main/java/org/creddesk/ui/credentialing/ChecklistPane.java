package org.creddesk.ui.credentialing;

import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.creddesk.domain.workflow.Checklist;
import org.creddesk.domain.workflow.ChecklistItem;
import org.creddesk.domain.workflow.ItemKind;
import org.creddesk.domain.workflow.ItemStatus;
import org.creddesk.domain.workflow.VerificationElement;
import org.creddesk.ui.common.ChoiceText;
import org.creddesk.ui.common.DateText;
import org.creddesk.ui.common.DialogStyle;
import org.creddesk.ui.common.Messages;

/**
 * The checklist section: start one from a template, the items with kind, required, credential and status, and the
 * moves (Alt+R requested, Alt+I received, Alt+V verified, Alt+W waive, Alt+T attach, Alt+N record a verification).
 */
public final class ChecklistPane extends VBox {
    private final CredentialingViewModel model;
    private final Messages messages;
    private final TableView<ChecklistItem> table = new TableView<>();

    /** {@code recordVerification} takes the person to the verification form, prepared for the item's element. */
    public ChecklistPane(CredentialingViewModel model, BiConsumer<VerificationElement, String> recordVerification) {
        this.model = model;
        this.messages = model.messages();
        getStyleClass().add("child-list");
        setSpacing(10);
        Label progress = FormGrid.title("", "badge-progress");
        progress.setId("checklistProgress");
        progress.textProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(progress.textProperty().isNotEmpty());
        Label name = FormGrid.title("", "subsection-title");
        name.textProperty().bind(Bindings.createStringBinding(() -> model.checklistProperty().get() == null
                ? messages.text("credentialing.checklist.none") : model.checklistProperty().get().name(),
                model.checklistProperty()));
        ComboBox<Checklist> which = new ComboBox<>(model.openChecklists());
        which.setId("openChecklists");
        which.setConverter(ChoiceText.of(c -> messages.text("credentialing.checklist.choice", c.name(),
                DateText.format(c.startedOn())), ""));
        which.visibleProperty().bind(Bindings.size(model.openChecklists()).greaterThan(1));
        which.managedProperty().bind(which.visibleProperty());
        model.checklistProperty().addListener((o, a, b) -> which.setValue(b));
        which.setOnAction(e -> model.choose(which.getValue()));
        Button another = new Button(messages.text("credentialing.startAnother"));
        another.setId("startAnotherChecklist");
        another.getStyleClass().add("link-button");
        another.visibleProperty().bind(model.checklistProperty().isNotNull()
                .and(model.startingAnotherProperty().not()));
        another.managedProperty().bind(another.visibleProperty());
        another.setOnAction(e -> model.startingAnotherProperty().set(true));
        HBox header = new HBox(10, name, progress, which, another);
        header.getStyleClass().add("header-row");
        VBox start = new ChecklistStartForm(model);
        start.visibleProperty().bind(model.checklistProperty().isNull().or(model.startingAnotherProperty()));
        start.managedProperty().bind(start.visibleProperty());
        buildTable();
        Label notice = FormGrid.title("", "notice");
        notice.setId("credentialingNotice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        getChildren().addAll(FormGrid.title(messages.text("providers.section.checklist"), "section-title"), header,
                start, table, actions(recordVerification), notice);
    }

    private void buildTable() {
        table.setId("checklistItems");
        table.setItems(model.items());
        table.setPrefHeight(330);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        keepSelectionAcrossReloads();
        table.setPlaceholder(new Label(messages.text("credentialing.items.none")));
        // The credential an item concerns is already in its label ("License copy: MA license 003806").
        table.getColumns().add(FormGrid.column(messages.text("credentialing.column.item"), ChecklistItem::label, 290));
        table.getColumns().add(FormGrid.column(messages.text("credentialing.column.kind"),
                i -> i.required() ? messages.text("credentialing.kind." + i.kind().name())
                        : messages.text("credentialing.kindOptional", messages.text("credentialing.kind." + i.kind().name())),
                120));
        table.getColumns().add(FormGrid.column(messages.text("credentialing.column.status"),
                i -> messages.text("credentialing.statusSince", model.status(i.status()), DateText.format(i.statusOn())),
                150));
        table.getColumns().add(FormGrid.column(messages.text("credentialing.column.note"),
                i -> i.waiverReason() != null ? i.waiverReason() : model.documentName(i.documentId()), 150));
        table.getColumns().forEach(c -> c.setMinWidth(Math.min(c.getPrefWidth(), 110)));
    }

    /** Every move reloads the items; the same item stays selected, so the next key acts on it again. */
    private void keepSelectionAcrossReloads() {
        String[] kept = new String[1];
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                kept[0] = b.id();
            }
        });
        model.items().addListener((javafx.collections.ListChangeListener<ChecklistItem>) c -> {
            if (kept[0] != null) {
                model.items().stream().filter(i -> i.id().equals(kept[0])).findFirst()
                        .ifPresent(i -> table.getSelectionModel().select(i));
            }
        });
    }

    private HBox actions(BiConsumer<VerificationElement, String> recordVerification) {
        ObservableValue<ChecklistItem> selected = table.getSelectionModel().selectedItemProperty();
        BooleanBinding none = Bindings.createBooleanBinding(() -> selected.getValue() == null, selected);
        BooleanBinding verificationItem = Bindings.createBooleanBinding(() -> selected.getValue() != null
                && selected.getValue().kind() == ItemKind.VERIFICATION, selected);
        Button verify = button("credentialing.action.record", "itemRecordVerification", verificationItem.not(),
                () -> recordVerification.accept(selected.getValue().element(), selected.getValue().credentialId()));
        return new HBox(8,
                button("credentialing.action.requested", "itemRequested", none,
                        () -> model.move(selected.getValue(), ItemStatus.REQUESTED)),
                button("credentialing.action.received", "itemReceived", none,
                        () -> model.move(selected.getValue(), ItemStatus.RECEIVED)),
                button("credentialing.action.verified", "itemVerified", none.or(verificationItem),
                        () -> model.move(selected.getValue(), ItemStatus.VERIFIED)),
                button("credentialing.action.waive", "itemWaive", none, () -> askWaiver(selected.getValue())),
                button("credentialing.action.attach", "itemAttach", none, () -> model.attach(selected.getValue())),
                verify);
    }

    private Button button(String key, String id, ObservableValue<Boolean> disabled, Runnable action) {
        Button b = new Button(messages.text(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.disableProperty().bind(disabled);
        // the keys (Alt+R, Alt+I...) act on the selected item and leave the keyboard in the list, for the next one
        b.setOnAction(e -> {
            action.run();
            javafx.application.Platform.runLater(table::requestFocus);
        });
        return b;
    }

    /** Waiving needs a reason: asked in a small dialog, kept with the item. */
    private void askWaiver(ChecklistItem item) {
        TextInputDialog ask = DialogStyle.apply(new TextInputDialog());
        ask.initOwner(getScene().getWindow());
        ask.setTitle(messages.text("credentialing.waive.title"));
        ask.setHeaderText(messages.text("credentialing.waive.header", item.label()));
        ask.setContentText(messages.text("credentialing.waive.reason"));
        ask.getDialogPane().setId("waiveDialog");
        ask.getEditor().setId("waiveReason");
        ask.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK).disableProperty()
                .bind(ask.getEditor().textProperty().isEmpty());
        ask.showAndWait().filter(r -> !r.isBlank()).ifPresent(reason -> model.waive(item, reason));
    }

    public void focusItems() {
        table.requestFocus();
    }
}
