package org.creddesk.ui.credentialing;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.creddesk.domain.workflow.CredentialingDecision;
import org.creddesk.domain.workflow.DecisionMaker;
import org.creddesk.domain.workflow.DecisionOutcome;
import org.creddesk.domain.workflow.WorkHistoryGap;
import org.creddesk.ui.common.ChoiceText;
import org.creddesk.ui.common.DateText;
import org.creddesk.ui.common.Messages;

/** The decision section: record approve / deny / defer, why one is refused, decisions made, work-history gaps. */
public final class DecisionPane extends VBox {
    public DecisionPane(CredentialingViewModel file, DecisionFormModel form) {
        Messages m = file.messages();
        getStyleClass().add("child-list");
        setSpacing(10);
        ComboBox<DecisionOutcome> outcome = new ComboBox<>();
        outcome.getItems().setAll(DecisionOutcome.values());
        outcome.setId("decisionOutcome");
        outcome.setConverter(ChoiceText.of(form::outcome, ""));
        outcome.valueProperty().bindBidirectional(form.outcomeProperty());
        ComboBox<DecisionMaker> maker = new ComboBox<>();
        maker.getItems().setAll(DecisionMaker.values());
        maker.setId("decisionMaker");
        maker.setConverter(ChoiceText.of(d -> m.text("credentialing.maker." + d.name()), ""));
        maker.valueProperty().bindBidirectional(form.makerProperty());
        TextField date = new TextField();
        date.setId("decisionDate");
        date.setPromptText(m.text("providers.datePrompt"));
        date.textProperty().bindBidirectional(form.decidedOnProperty());
        TextField note = new TextField();
        note.setId("decisionNote");
        note.textProperty().bindBidirectional(form.noteProperty());
        Button decide = new Button(m.text("credentialing.decision.record"));
        decide.setId("recordDecision");
        decide.getStyleClass().add("primary");
        decide.disableProperty().bind(form.canDecide().not());
        decide.setOnAction(e -> form.decide());
        FormGrid grid = new FormGrid()
                .field(m.text("credentialing.decision.outcome"), outcome)
                .field(m.text("credentialing.decision.by"), maker)
                .field(m.text("credentialing.decision.date"), date, form.decidedOnErrorProperty())
                .field(m.text("credentialing.decision.note"), note)
                .action(decide);
        Label notice = FormGrid.title("", "notice");
        notice.setId("decisionNotice");
        notice.setWrapText(true);
        notice.textProperty().bind(form.decisionNoticeProperty());
        ListView<String> refusal = new ListView<>(form.refusal());
        refusal.setId("decisionRefusal");
        refusal.getStyleClass().add("refusal");
        refusal.setPrefHeight(120);
        refusal.setCellFactory(l -> cell(refusal, r -> r));
        refusal.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(form.refusal()));
        refusal.managedProperty().bind(refusal.visibleProperty());
        ListView<CredentialingDecision> made = new ListView<>(file.decisionsMade());
        made.setId("decisionList");
        made.setPrefHeight(90);
        made.setPlaceholder(new Label(m.text("credentialing.decision.none")));
        DecisionNoticeForm noticeForm = new DecisionNoticeForm(file);
        made.setCellFactory(l -> cell(made, d -> m.text("credentialing.decision.line", DateText.format(d.decidedOn()),
                form.outcome(d.outcome()), m.text("credentialing.maker." + d.decidedBy().name()),
                d.note() == null ? "" : d.note()) + noticeSuffix(noticeForm.state(d))));
        noticeForm.selectedProperty().bind(made.getSelectionModel().selectedItemProperty());
        ListView<WorkHistoryGap> gaps = new ListView<>(file.gaps());
        gaps.setId("workHistoryGaps");
        gaps.setPrefHeight(90);
        gaps.setPlaceholder(new Label(m.text("credentialing.gaps.none")));
        gaps.setCellFactory(l -> cell(gaps, WorkHistoryGap::describe));
        TextField committee = new TextField();
        committee.setId("decisionCommittee");
        committee.setPromptText(m.text("providers.datePrompt"));
        committee.textProperty().bindBidirectional(form.committeeProperty());
        Button plan = new Button(m.text("credentialing.committee.plan"));
        plan.setId("planCommittee");
        plan.disableProperty().bind(file.checklistProperty().isNull().or(form.committeeErrorProperty().isNotEmpty()));
        plan.setOnAction(e -> form.planCommittee());
        FormGrid planning = new FormGrid()
                .field(m.text("credentialing.committee"), committee, form.committeeErrorProperty())
                .action(plan);
        planning.visibleProperty().bind(file.checklistProperty().isNotNull());
        planning.managedProperty().bind(planning.visibleProperty());
        getChildren().addAll(FormGrid.title(m.text("providers.section.decision"), "section-title"), planning, grid,
                notice,
                refusal, FormGrid.title(m.text("credentialing.decision.made"), "subsection-title"), made,
                noticeRow(noticeForm, m),
                FormGrid.title(m.text("credentialing.gaps.heading"), "subsection-title"), gaps);
    }

    private static String noticeSuffix(String state) {
        return state.isEmpty() ? "" : " — " + state;
    }

    /** Notice sent on [date] by [how] [Record notice], for the decision selected above. */
    private static FormGrid noticeRow(DecisionNoticeForm notice, Messages m) {
        TextField sent = new TextField();
        sent.setId("noticeSentOn");
        sent.setPromptText(m.text("providers.datePrompt"));
        sent.textProperty().bindBidirectional(notice.sentOnProperty());
        TextField how = new TextField();
        how.setId("noticeMethod");
        how.setPromptText(m.text("credentialing.notice.methodPrompt"));
        how.textProperty().bindBidirectional(notice.methodProperty());
        Button record = new Button(m.text("credentialing.notice.record"));
        record.setId("recordNotice");
        record.disableProperty().bind(notice.canRecord().not());
        record.setOnAction(e -> notice.record());
        Label result = FormGrid.title("", "notice");
        result.setId("noticeResult");
        result.setWrapText(true);
        result.textProperty().bind(notice.resultProperty());
        return new FormGrid()
                .field(m.text("credentialing.notice.sentOn"), sent, notice.sentOnErrorProperty())
                .field(m.text("credentialing.notice.method"), how)
                .action(record)
                .field("", result);
    }

    /** A list cell that wraps long lines at the list's width instead of scrolling sideways. */
    static <T> ListCell<T> cell(ListView<T> list, java.util.function.Function<T, String> text) {
        ListCell<T> cell = new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
        cell.setWrapText(true);
        cell.prefWidthProperty().bind(list.widthProperty().subtract(24));
        cell.setMaxWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        return cell;
    }
}
