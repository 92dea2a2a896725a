package org.creddesk.ui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.creddesk.domain.workflow.LifecycleStage;
import org.creddesk.ui.common.FieldMessage;
import org.creddesk.ui.common.Messages;

/** The expected days per lifecycle stage, one labelled field each, with Save and Defaults. */
final class StageSettingsPane extends VBox {
    StageSettingsPane(StageSettingsViewModel model, Messages messages) {
        getStyleClass().add("child-list");
        setSpacing(10);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.getStyleClass().add("field-form");
        ColumnConstraints rest = new ColumnConstraints();
        rest.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(330), new ColumnConstraints(100, 120, 160), rest);
        int row = 0;
        for (LifecycleStage stage : LifecycleStage.values()) {
            TextField field = new TextField();
            field.setId("stageDays-" + stage.name().toLowerCase());
            field.textProperty().bindBidirectional(model.text(stage));
            Label label = new Label(messages.text("settings.stage.days", messages.text("pipeline.stage." + stage.name())));
            label.getStyleClass().add("field-label");
            label.setLabelFor(field);
            grid.add(label, 0, row);
            grid.add(field, 1, row);
            grid.add(FieldMessage.beside(field, model.error(stage)), 2, row++);
        }
        Button save = new Button(messages.text("settings.stage.save"));
        save.setId("saveStageSettings");
        save.getStyleClass().add("primary");
        save.disableProperty().bind(model.valid().not());
        save.setOnAction(e -> model.save());
        Button defaults = new Button(messages.text("settings.stage.defaults"));
        defaults.setOnAction(e -> model.resetToDefaults());
        Label notice = new Label();
        notice.setId("stageSettingsNotice");
        notice.getStyleClass().add("notice");
        notice.textProperty().bind(model.noticeProperty());
        Label title = new Label(messages.text("settings.stage.title"));
        title.getStyleClass().add("section-title");
        Label hint = new Label(messages.text("settings.stage.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        getChildren().addAll(title, hint, new HBox(8, save, defaults), notice, grid);
    }
}
