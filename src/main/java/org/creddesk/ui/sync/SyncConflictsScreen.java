package org.creddesk.ui.sync;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.creddesk.sync.Wire;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.Screen;
import org.creddesk.ui.common.UiContext;
import java.util.function.Function;

/**
 * Sync conflicts: the list on the left, the selected conflict's candidates side by side on the right, a reason and
 * "Take this value" (Enter in the candidates takes the selected one). Keyboard: Tab moves list, candidates, reason.
 */
public final class SyncConflictsScreen implements Screen {
    private final SyncConflictsViewModel vm;
    private final SplitPane view = new SplitPane();

    public SyncConflictsScreen(UiContext ui) {
        Messages m = ui.messages();
        vm = new SyncConflictsViewModel(ui.app().sync(), ui.tasks(), m);
        ListView<Wire.Conflict> list = new ListView<>(vm.conflicts());
        list.setId("syncConflictList");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Wire.Conflict c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : m.text("sync.conflicts.item", c.entity(), String.join(", ", c.fields()),
                        c.candidates().size()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            if (c != null) {
                vm.selectedProperty().set(c);
            }
        });
        vm.selectedProperty().addListener((o, a, c) -> list.getSelectionModel().select(c));
        TableView<Wire.Candidate> table = new TableView<>(vm.candidates());
        table.setId("syncCandidates");
        table.getColumns().add(column(m.text("sync.conflicts.value"), vm::describe));
        table.getColumns().add(column(m.text("sync.conflicts.user"), Wire.Candidate::user));
        table.getColumns().add(column(m.text("sync.conflicts.device"), Wire.Candidate::device));
        table.getColumns().add(column(m.text("sync.conflicts.at"), Wire.Candidate::at));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TextField reason = new TextField();
        reason.setId("syncConflictReason");
        reason.setPromptText(m.text("sync.conflicts.reason"));
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        reason.disableProperty().bind(vm.canResolveProperty().not());
        Button take = new Button(m.text("sync.conflicts.take"));
        take.setId("syncConflictTake");
        take.disableProperty().bind(vm.canResolveProperty().not());
        take.setOnAction(e -> vm.take(table.getSelectionModel().getSelectedItem()));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && vm.canResolveProperty().get()) {
                vm.take(table.getSelectionModel().getSelectedItem());
            }
        });
        Label why = new Label();
        why.textProperty().bind(vm.readOnlyWhyProperty());
        Label notice = new Label();
        notice.setId("syncConflictNotice");
        notice.setWrapText(true);
        notice.textProperty().bind(vm.noticeProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        VBox right = new VBox(8, table, new HBox(8, reason, take), why, notice);
        VBox.setVgrow(table, Priority.ALWAYS);
        view.getItems().addAll(list, right);
        view.setDividerPositions(0.35);
    }

    private static TableColumn<Wire.Candidate, String> column(String title, Function<Wire.Candidate, String> value) {
        TableColumn<Wire.Candidate, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void activate() {
        vm.load();
    }
}
