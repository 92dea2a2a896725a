package org.creddesk.ui.enrollments;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import org.creddesk.ui.common.Navigation;
import org.creddesk.ui.common.Screen;
import org.creddesk.ui.common.ShellCommand;
import org.creddesk.ui.common.UiContext;

/**
 * The Enrollments place: the board; Ctrl+L goes to the follow-up note from anywhere in it, Ctrl+Shift+N starts a
 * new enrollment (Ctrl+N is the window's "new provider"), "Payers…" edits the payers.
 */
public final class EnrollmentsScreen implements Screen, Navigation.EnrollmentTarget {
    private final UiContext ui;
    private final EnrollmentBoardViewModel model;
    private final EnrollmentBoardView controller;
    private final EnrollmentDialogs dialogs;
    private final Node view;

    public EnrollmentsScreen(UiContext ui) {
        this.ui = ui;
        var app = ui.app();
        dialogs = new EnrollmentDialogs(ui);
        model = new EnrollmentBoardViewModel(app.enrollments(), app.manualChange(), ui.tasks(), ui.messages(),
                LocalDate.now(app.clock()));
        controller = new EnrollmentBoardView(model, ui.messages(), this::newEnrollment, this::editPayers);
        view = ui.views().load("EnrollmentBoardView.fxml", controller);
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void activate() {
        model.refresh();
    }

    @Override
    public List<ShellCommand> commands() {
        return List.of(new ShellCommand(ui.messages().text("enrollments.command.followUp"),
                KeyCombination.keyCombination("Shortcut+L"), controller::focusFollowUp),
                new ShellCommand(ui.messages().text("enrollments.command.new"),
                        KeyCombination.keyCombination("Shortcut+Shift+N"), this::newEnrollment));
    }

    @Override
    public void showEnrollment(String enrollmentId) {
        model.select(enrollmentId);
    }

    public void newEnrollment() {
        dialogs.newEnrollment(view.getScene().getWindow(), null, e -> model.select(e.id()));
    }

    private void editPayers() {
        dialogs.payers(view.getScene().getWindow(), model::refresh);
    }
}
