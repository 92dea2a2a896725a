package org.creddesk.ui.credentialing;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.creddesk.ui.common.Messages;
import org.creddesk.workflow.Blocker;

/**
 * "What blocks this file?": every lapsed credential, missing or stale verification, open required item, missing
 * document, work-history gap and credential about to expire, in the order to act on them. Enter (or a double
 * click) goes to the section where it is fixed.
 */
public final class BlockersPane extends VBox {
    public BlockersPane(CredentialingViewModel file, Consumer<Blocker> goTo) {
        Messages m = file.messages();
        getStyleClass().add("child-list");
        setSpacing(10);
        ListView<Blocker> list = new ListView<>(file.blockers());
        list.setId("fileBlockers");
        list.setPrefHeight(480);
        list.setPlaceholder(new Label(m.text("credentialing.blocks.none")));
        list.setCellFactory(l -> DecisionPane.cell(list, b -> line(m, b)));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                goTo.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                goTo.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        getChildren().addAll(FormGrid.title(m.text("providers.section.blocks"), "section-title"),
                FormGrid.title(m.text("credentialing.blocks.hint"), "hint"), list);
    }

    /** "Open item: Curriculum vitae — request it"; a verification's reason already names it. */
    private static String line(Messages m, Blocker b) {
        String category = m.text("credentialing.blocks." + b.category().name());
        boolean verification = b.category() == Blocker.Category.VERIFICATION_MISSING
                || b.category() == Blocker.Category.VERIFICATION_STALE;
        if (b.detail() == null || b.detail().isBlank()) {
            return m.text("credentialing.blocks.line", category, b.subject());
        }
        return verification ? m.text("credentialing.blocks.line", category, b.detail())
                : m.text("credentialing.blocks.lineWithDetail", category, b.subject(), b.detail());
    }
}
