package org.creddesk.ui.enrollments;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.stage.Window;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.workflow.Enrollment;
import org.creddesk.ui.common.UiContext;

/** Opens "Payers…" and "New enrollment…" with fresh view models, for the board and the provider workspace alike. */
public final class EnrollmentDialogs {
    private final UiContext ui;

    public EnrollmentDialogs(UiContext ui) {
        this.ui = ui;
    }

    public void payers(Window owner, Runnable onSaved) {
        PayersViewModel vm = new PayersViewModel(ui.app().enrollments(), ui.app().manualChange(), ui.tasks(),
                ui.messages());
        vm.setOnSaved(onSaved);
        PayersDialog.show(owner, vm);
    }

    /** {@code forProvider} null: pick the provider in the dialog. */
    public void newEnrollment(Window owner, ProviderFile forProvider, Consumer<Enrollment> created) {
        var app = ui.app();
        NewEnrollmentViewModel vm = new NewEnrollmentViewModel(app.enrollments(), app.providers(), app.manualChange(),
                ui.tasks(), ui.messages(), LocalDate.now(app.clock()), ui.debouncers().create());
        NewEnrollmentDialog.show(owner, vm, forProvider, created);
    }

    /** The provider workspace's Enrollments section. */
    public ProviderEnrollmentsViewModel providerSection() {
        return new ProviderEnrollmentsViewModel(ui.app().enrollments(), ui.tasks(), ui.messages(),
                LocalDate.now(ui.app().clock()));
    }
}
