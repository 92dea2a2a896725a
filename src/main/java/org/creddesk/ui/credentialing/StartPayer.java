package org.creddesk.ui.credentialing;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.creddesk.domain.workflow.ChecklistTemplate;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.workflow.WorkflowKind;
import org.creddesk.ui.common.Messages;
import org.creddesk.workflow.ChecklistTemplateService;

/**
 * The payer of a payer-enrollment checklist being started: offered when the chosen template is a generic payer
 * enrollment one, with a hint whether the payer's own template or the generic one will be used (the service decides
 * the same way when it starts the checklist).
 */
final class StartPayer {
    private final ObservableList<Payer> payers = FXCollections.observableArrayList();
    private final ObservableList<ChecklistTemplate> payerTemplates = FXCollections.observableArrayList();
    private final ObjectProperty<Payer> payer = new SimpleObjectProperty<>();
    private final BooleanBinding applies;
    private final StringBinding hint;

    StartPayer(ObjectProperty<ChecklistTemplate> template, Messages messages) {
        applies = Bindings.createBooleanBinding(() -> template.get() != null
                && template.get().kind() == WorkflowKind.PAYER_ENROLLMENT && template.get().payerId() == null, template);
        hint = Bindings.createStringBinding(() -> {
            Payer p = payer.get();
            if (!applies.get() || p == null) {
                return "";
            }
            return ChecklistTemplateService.ownTemplate(payerTemplates, p.id())
                    .map(own -> messages.text("credentialing.payer.own", p.name(), own.name()))
                    .orElse(messages.text("credentialing.payer.generic", p.name()));
        }, applies, payer, payerTemplates);
    }

    /** Takes the payers and payers' own templates of a fresh load, keeping the chosen payer when it still exists. */
    void show(List<Payer> all, List<ChecklistTemplate> own) {
        payerTemplates.setAll(own);
        if (!payers.equals(all)) {
            String keep = payer.get() == null ? null : payer.get().id();
            payers.setAll(all);
            payer.set(all.stream().filter(p -> p.id().equals(keep)).findFirst().orElse(null));
        }
    }

    /** The payer to start for, or null when none is chosen or the template is not generic payer enrollment. */
    String payerId() {
        return applies.get() && payer.get() != null ? payer.get().id() : null;
    }

    ObservableList<Payer> payers() {
        return payers;
    }

    ObjectProperty<Payer> payerProperty() {
        return payer;
    }

    BooleanBinding applies() {
        return applies;
    }

    StringBinding hint() {
        return hint;
    }
}
