package org.creddesk.ui.contracts;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.creddesk.domain.Document;
import org.creddesk.domain.workflow.ContractFacts;
import org.creddesk.domain.workflow.ContractKind;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.ui.common.ChoiceText;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.credentialing.FormGrid;

/**
 * The provider workspace's "Stage and contracts" section: the lifecycle stage line, the contracts table (End ends
 * the selected one today) and the form that adds one; Enter in the last field adds.
 */
public final class ProviderContractsPane extends VBox {
    public ProviderContractsPane(ProviderContractsViewModel vm) {
        Messages m = vm.messages();
        getStyleClass().add("child-list");
        setSpacing(10);
        Label stage = new Label();
        stage.setId("providerStageLine");
        stage.textProperty().bind(vm.stageLineProperty());
        stage.setWrapText(true);
        TableView<ContractFacts> table = new TableView<>(vm.rows());
        table.setId("providerContracts");
        table.setPrefHeight(200);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(m.text("contracts.none")));
        table.getColumns().add(FormGrid.column(m.text("contracts.column.payer"), ContractFacts::payerName, 150));
        table.getColumns().add(FormGrid.column(m.text("contracts.column.kind"), c -> vm.kindText(c.contract().kind()),
                100));
        table.getColumns().add(FormGrid.column(m.text("contracts.column.term"), vm::term, 180));
        table.getColumns().add(FormGrid.column(m.text("contracts.column.notice"), vm::noticeText, 100));
        table.getColumns().add(FormGrid.column(m.text("contracts.column.feeSchedule"),
                c -> c.contract().feeSchedule() == null ? "" : c.contract().feeSchedule(), 120));
        table.getColumns().add(FormGrid.column(m.text("contracts.column.status"), vm::statusText, 140));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        Button endButton = new Button(m.text("contracts.end"));
        endButton.setId("endContract");
        endButton.disableProperty().bind(vm.selectedProperty().isNull());
        endButton.setOnAction(e -> vm.endSelected());

        ComboBox<Payer> payer = new ComboBox<>(vm.payers());
        payer.setId("contractPayer");
        payer.setPromptText(m.text("contracts.form.payer"));
        payer.setConverter(ChoiceText.of(Payer::name, ""));
        payer.valueProperty().bindBidirectional(vm.payerProperty());
        ComboBox<ContractKind> kind = new ComboBox<>();
        kind.getItems().setAll(ContractKind.values());
        kind.setId("contractKind");
        kind.setConverter(ChoiceText.of(vm::kindText, ""));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        TextField effective = field("contractEffective", m.text("contracts.form.effective"), 11);
        effective.textProperty().bindBidirectional(vm.effectiveProperty());
        TextField end = field("contractEnd", m.text("contracts.form.end"), 10);
        end.textProperty().bindBidirectional(vm.endProperty());
        TextField notice = field("contractNoticeDays", m.text("contracts.form.noticeDays"), 6);
        notice.textProperty().bindBidirectional(vm.noticeDaysProperty());
        CheckBox autoRenew = new CheckBox(m.text("contracts.form.autoRenews"));
        autoRenew.setId("contractAutoRenews");
        autoRenew.selectedProperty().bindBidirectional(vm.autoRenewsProperty());
        TextField fee = field("contractFeeSchedule", m.text("contracts.form.feeSchedule"), 12);
        fee.textProperty().bindBidirectional(vm.feeScheduleProperty());
        ComboBox<Document> document = new ComboBox<>(vm.documents());
        document.setId("contractDocument");
        document.setPromptText(m.text("contracts.form.document"));
        document.setConverter(ChoiceText.of(d -> d.fileName() == null ? d.type() : d.fileName(),
                m.text("contracts.form.noDocument")));
        document.valueProperty().bindBidirectional(vm.documentProperty());
        Button add = new Button(m.text("contracts.add"));
        add.setId("addContract");
        add.getStyleClass().add("primary");
        add.disableProperty().bind(vm.canAdd().not());
        add.setOnAction(e -> vm.add());
        fee.setOnAction(e -> vm.add());
        FlowPane form = new FlowPane(8, 6, payer, kind, effective, end, notice, autoRenew, fee, document, add);
        Label result = new Label();
        result.setId("contractNotice");
        result.getStyleClass().add("notice");
        result.setWrapText(true);
        result.textProperty().bind(vm.noticeProperty());
        Label hint = FormGrid.title(m.text("contracts.hint"), "hint");
        hint.setWrapText(true);
        getChildren().addAll(FormGrid.title(m.text("providers.section.contracts"), "section-title"), stage, hint, table, new HBox(8, endButton),
                FormGrid.title(m.text("contracts.form.title"), "subsection-title"), form, result);
    }

    private static TextField field(String id, String prompt, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(columns);
        return f;
    }
}
