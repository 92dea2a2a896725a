package org.creddesk.ui.providers;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.ViewLoader;

/** The sections of the provider workspace in the order a coordinator works through a file. */
public final class WorkspaceSections {
    /** A section: its title and its content (built once, bound to the workspace view model). */
    public record Section(String titleKey, Node content) {
    }

    private WorkspaceSections() {
    }

    /** The file's own sections, then {@code workflow} (checklist, verifications...) before the history. */
    static List<Section> build(ProviderWorkspaceViewModel vm, ViewLoader views, List<Section> workflow) {
        Messages messages = vm.messages();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("providers.section.personal", withList(vm,
                form(vm, "providers.section.personal", ProviderFields.PERSONAL), ChildSections.OTHER_NAMES)));
        sections.add(new Section("providers.section.identifiers", withList(vm,
                form(vm, "providers.section.identifiers", ProviderFields.IDENTIFIERS), ChildSections.MEDICAID)));
        for (ChildSection<?> s : ChildSections.ALL) {
            if (s != ChildSections.OTHER_NAMES && s != ChildSections.MEDICAID) {
                sections.add(new Section(s.titleKey(), new ChildListPane<>(vm, s)));
            }
        }
        sections.add(new Section("providers.section.documents",
                views.load("DocumentsView.fxml", new DocumentsView(vm.documents()))));
        sections.addAll(workflow);
        sections.add(new Section("providers.section.history", new HistoryPane(vm.history(), messages)));
        return sections;
    }

    private static Node form(ProviderWorkspaceViewModel vm, String titleKey, List<String> fields) {
        Label title = new Label(vm.messages().text(titleKey));
        title.getStyleClass().add("section-title");
        VBox box = new VBox(10, title, FieldForm.build(vm.form(), fields, vm.messages(),
                (entity, field) -> vm.history().describe(vm.providerId(), field)));
        box.getStyleClass().add("child-list");
        return box;
    }

    private static Node withList(ProviderWorkspaceViewModel vm, Node form, ChildSection<?> list) {
        VBox box = new VBox(24, form, new ChildListPane<>(vm, list));
        box.getStyleClass().add("section-stack");
        return box;
    }
}
