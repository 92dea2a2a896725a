package org.creddesk.ui.settings;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.creddesk.ui.common.FieldMessage;
import org.creddesk.ui.common.Messages;

/** The deadline rules' numbers, one labelled field each (defaults from DOMAIN.md), with Save and Defaults. */
final class DeadlineSettingsPane extends VBox {
    /** Each setting and its label, in the order a coordinator reads the rules. */
    private static final List<List<String>> FIELDS = List.of(
            List.of("expiryAlertDays", "settings.deadline.expiryAlertDays"),
            List.of("recredentialingMonths", "settings.deadline.recredentialingMonths"),
            List.of("recredentialingWarnMonth", "settings.deadline.recredentialingWarnMonth"),
            List.of("recredentialingLateDays", "settings.deadline.recredentialingLateDays"),
            List.of("decisionNoticeDays", "settings.deadline.decisionNoticeDays"),
            List.of("caqhDays", "settings.deadline.caqhDays"),
            List.of("caqhDaysByState", "settings.deadline.caqhDaysByState"),
            List.of("caqhWarnDays", "settings.deadline.caqhWarnDays"),
            List.of("defaultReappointmentMonths", "settings.deadline.defaultReappointmentMonths"),
            List.of("medicareRevalidationYears", "settings.deadline.medicareRevalidationYears"),
            List.of("medicaidRevalidationYears", "settings.deadline.medicaidRevalidationYears"),
            List.of("medicaidRevalidationYearsByState", "settings.deadline.medicaidRevalidationYearsByState"),
            List.of("dmeRevalidationYears", "settings.deadline.dmeRevalidationYears"),
            List.of("revalidationWarnDays", "settings.deadline.revalidationWarnDays"),
            List.of("psvDays", "settings.deadline.psvDays"),
            List.of("psvDaysBeforeCutover", "settings.deadline.psvDaysBeforeCutover"),
            List.of("psvCutover", "settings.deadline.psvCutover"),
            List.of("psvCvoCertificationDays", "settings.deadline.psvCvoCertificationDays"),
            List.of("psvWarnDays", "settings.deadline.psvWarnDays"),
            List.of("followUpWarnDays", "settings.deadline.followUpWarnDays"),
            List.of("enrollmentWarnDays", "settings.deadline.enrollmentWarnDays"),
            List.of("informationRequestDays", "settings.deadline.informationRequestDays"),
            List.of("enrollmentSilenceDays", "settings.deadline.enrollmentSilenceDays"),
            List.of("screeningMonths", "settings.deadline.screeningMonths"),
            List.of("screeningWarnDays", "settings.deadline.screeningWarnDays"),
            List.of("screeningAlertDays", "settings.deadline.screeningAlertDays"),
            List.of("workHistoryYears", "settings.deadline.workHistoryYears"),
            List.of("gapExplanationMonths", "settings.deadline.gapExplanationMonths"),
            List.of("gapWrittenMonths", "settings.deadline.gapWrittenMonths"),
            List.of("claimsHistoryYears", "settings.deadline.claimsHistoryYears"));

    DeadlineSettingsPane(DeadlineSettingsViewModel model, Messages messages) {
        getStyleClass().add("child-list");
        setSpacing(10);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.getStyleClass().add("field-form");
        ColumnConstraints rest = new ColumnConstraints();
        rest.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(330), new ColumnConstraints(160, 200, 260), rest);
        int row = 0;
        for (List<String> f : FIELDS) {
            TextField field = new TextField();
            field.setId("setting-" + f.get(0));
            field.textProperty().bindBidirectional(model.text(f.get(0)));
            Label label = new Label(messages.text(f.get(1)));
            label.getStyleClass().add("field-label");
            label.setLabelFor(field);
            label.setWrapText(true);
            grid.add(label, 0, row);
            grid.add(field, 1, row);
            grid.add(FieldMessage.beside(field, model.error(f.get(0))), 2, row++);
        }
        Button save = new Button(messages.text("settings.deadline.save"));
        save.setId("saveDeadlineSettings");
        save.getStyleClass().add("primary");
        save.disableProperty().bind(model.valid().not());
        save.setOnAction(e -> model.save());
        Button defaults = new Button(messages.text("settings.deadline.defaults"));
        defaults.setId("deadlineSettingsDefaults");
        defaults.setOnAction(e -> model.resetToDefaults());
        Label notice = new Label();
        notice.setId("deadlineSettingsNotice");
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        Label title = new Label(messages.text("settings.deadline.title"));
        title.getStyleClass().add("section-title");
        Label hint = new Label(messages.text("settings.deadline.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        getChildren().addAll(title, hint, new HBox(8, save, defaults), notice, grid);
    }
}
