package org.creddesk.ui.enrollments;

import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.workflow.EnrollmentStatus;
import org.creddesk.ui.common.DateText;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.TaskRunner;
import org.creddesk.workflow.EnrollmentCard;
import org.creddesk.workflow.EnrollmentService;

/** The Enrollments section of one provider file: its enrollments as the board shows them, read in the background. */
public final class ProviderEnrollmentsViewModel {
    private final EnrollmentService enrollments;
    private final TaskRunner tasks;
    private final Messages messages;
    private final LocalDate today;
    private final ObjectProperty<ProviderFile> file = new SimpleObjectProperty<>();
    private final BooleanProperty stored = new SimpleBooleanProperty();
    private final ObservableList<EnrollmentCard> cards = FXCollections.observableArrayList();
    private final ObjectProperty<EnrollmentCard> selected = new SimpleObjectProperty<>();
    private int loadSeq;

    public ProviderEnrollmentsViewModel(EnrollmentService enrollments, TaskRunner tasks, Messages messages,
                                        LocalDate today) {
        this.enrollments = enrollments;
        this.tasks = tasks;
        this.messages = messages;
        this.today = today;
    }

    /** The workspace shows a file (a new, unsaved one has no enrollments yet). */
    public void open(ProviderFile shown, boolean isStored) {
        file.set(shown);
        stored.set(isStored);
        reload();
    }

    public void reload() {
        int mine = ++loadSeq;
        ProviderFile f = file.get();
        if (f == null || !stored.get()) {
            cards.clear();
            return;
        }
        String id = f.id();
        tasks.run(p -> enrollments.cardsFor(id, today), list -> {
            if (mine == loadSeq) {
                cards.setAll(list);
            }
        });
    }

    String status(EnrollmentCard c) {
        EnrollmentStatus s = c.facts().enrollment().status();
        return messages.text(EnrollmentTexts.key(s));
    }

    String since(EnrollmentCard c) {
        return DateText.format(c.facts().enrollment().statusOn());
    }

    String flags(EnrollmentCard c) {
        return String.join(", ", c.flags().stream().map(f -> messages.text(EnrollmentTexts.key(f))).toList());
    }

    String payer(EnrollmentCard c) {
        return c.facts().payer() == null ? "" : c.facts().payer().name();
    }

    public Messages messages() {
        return messages;
    }

    public ObjectProperty<ProviderFile> fileProperty() {
        return file;
    }

    public BooleanProperty storedProperty() {
        return stored;
    }

    public ObservableList<EnrollmentCard> cards() {
        return cards;
    }

    public ObjectProperty<EnrollmentCard> selectedProperty() {
        return selected;
    }
}
