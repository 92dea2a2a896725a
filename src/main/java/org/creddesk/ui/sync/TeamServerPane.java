package org.creddesk.ui.sync;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.creddesk.ui.common.Messages;

/** Settings -> Team server: the server's URL, the one-time code, Join, Test connection, Sync now (F9), Leave. */
public final class TeamServerPane extends VBox {
    public TeamServerPane(TeamSyncViewModel vm, Messages messages) {
        setSpacing(12);
        getStyleClass().add("settings-pane");
        TextField url = new TextField();
        url.setId("teamServerUrl");
        url.setPromptText("https://creddesk.example.org:8443");
        url.textProperty().bindBidirectional(vm.urlProperty());
        TextField code = new TextField();
        code.setId("teamServerCode");
        code.textProperty().bindBidirectional(vm.codeProperty());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(messages.text("sync.server.url")), url);
        form.addRow(1, new Label(messages.text("sync.server.code")), code);
        Button join = button("teamServerJoin", messages.text("sync.join"), vm::join);
        join.disableProperty().bind(vm.joinedProperty());
        code.disableProperty().bind(vm.joinedProperty());
        Button test = button("teamServerTest", messages.text("sync.test"), vm::testConnection);
        Button now = button("teamServerSyncNow", messages.text("sync.now"), vm::syncNow);
        Button leave = button("teamServerLeave", messages.text("sync.leave"), vm::leave);
        test.disableProperty().bind(vm.joinedProperty().not());
        now.disableProperty().bind(vm.joinedProperty().not());
        leave.disableProperty().bind(vm.joinedProperty().not());
        Label state = new Label();
        state.setId("teamServerState");
        state.textProperty().bind(vm.stateProperty());
        Label notice = new Label();
        notice.setId("teamServerNotice");
        notice.setWrapText(true);
        notice.textProperty().bind(vm.noticeProperty());
        getChildren().addAll(new Label(messages.text("sync.intro")), form, new HBox(8, join, test, now, leave), state,
                notice);
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
