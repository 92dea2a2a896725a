package org.creddesk.ui.enrollments;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.UsStates;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.workflow.PayerKind;
import org.creddesk.ui.common.HumanMessage;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.TaskRunner;
import org.creddesk.workflow.EnrollmentService;

/**
 * The payers editor: the list, and one payer's name, kind (Medicaid with its state), typical processing days,
 * follow-up cadence and notes on its quirks, checked on every edit with the reason beside the field. Saving goes
 * through {@link EnrollmentService#savePayer} (change log; expected dates of its enrollments re-derived).
 */
public final class PayersViewModel {
    static final int MAX_DAYS = 3650;
    private final EnrollmentService enrollments;
    private final ChangeContext ctx;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ObservableList<Payer> payers = FXCollections.observableArrayList();
    private final ObjectProperty<Payer> editing = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<PayerKind> kind = new SimpleObjectProperty<>(PayerKind.COMMERCIAL);
    private final StringProperty state = new SimpleStringProperty("");
    private final StringProperty typicalDays = new SimpleStringProperty("90");
    private final StringProperty cadenceDays = new SimpleStringProperty("30");
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty nameError = new SimpleStringProperty("");
    private final StringProperty stateError = new SimpleStringProperty("");
    private final StringProperty typicalDaysError = new SimpleStringProperty("");
    private final StringProperty cadenceDaysError = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanBinding valid;
    private Runnable onSaved = () -> { };

    public PayersViewModel(EnrollmentService enrollments, ChangeContext ctx, TaskRunner tasks, Messages messages) {
        this.enrollments = enrollments;
        this.ctx = ctx;
        this.tasks = tasks;
        this.messages = messages;
        name.addListener((o, a, b) -> check());
        kind.addListener((o, a, b) -> check());
        state.addListener((o, a, b) -> check());
        typicalDays.addListener((o, a, b) -> check());
        cadenceDays.addListener((o, a, b) -> check());
        valid = Bindings.createBooleanBinding(() -> nameError.get().isEmpty() && stateError.get().isEmpty()
                && typicalDaysError.get().isEmpty() && cadenceDaysError.get().isEmpty(), nameError, stateError,
                typicalDaysError, cadenceDaysError);
        check();
    }

    /** What to do after a save (the board reloads its payer filter). */
    public void setOnSaved(Runnable onSaved) {
        this.onSaved = onSaved;
    }

    public void load() {
        tasks.run(p -> enrollments.payers(), list -> {
            payers.setAll(list);
            check();
        });
    }

    /** Shows a payer in the form (null: a new one with the usual numbers). */
    public void edit(Payer p) {
        editing.set(p);
        name.set(p == null ? "" : p.name());
        kind.set(p == null ? PayerKind.COMMERCIAL : p.kind());
        state.set(p == null || p.state() == null ? "" : p.state());
        typicalDays.set(p == null ? "90" : Integer.toString(p.typicalProcessingDays()));
        cadenceDays.set(p == null ? "30" : Integer.toString(p.followUpCadenceDays()));
        notes.set(p == null || p.notes() == null ? "" : p.notes());
        notice.set("");
        check();
    }

    public void startNew() {
        edit(null);
    }

    public void save() {
        check();
        if (!valid.get()) {
            notice.set(messages.text("payers.fix"));
            return;
        }
        String id = editing.get() == null ? null : editing.get().id();
        String st = state.get().strip();
        int typical = Integer.parseInt(typicalDays.get().strip());
        int cadence = Integer.parseInt(cadenceDays.get().strip());
        tasks.run(p -> enrollments.savePayer(id, name.get(), kind.get(), st, typical, cadence, notes.get(), ctx),
                saved -> {
                    tasks.run(p -> enrollments.payers(), list -> {
                        payers.setAll(list);
                        edit(list.stream().filter(x -> x.id().equals(saved.id())).findFirst().orElse(saved));
                        notice.set(messages.text("payers.saved", saved.name()));
                    });
                    onSaved.run();
                }, failure -> notice.set(HumanMessage.of(failure)));
    }

    private void check() {
        nameError.set(nameProblem());
        String st = state.get() == null ? "" : state.get().strip();
        if (st.isEmpty()) {
            stateError.set(kind.get() == PayerKind.MEDICAID ? messages.text("payers.stateRequired") : "");
        } else {
            stateError.set(UsStates.isValid(st) ? "" : messages.text("payers.notAState", st));
        }
        typicalDaysError.set(daysProblem(typicalDays.get()));
        cadenceDaysError.set(daysProblem(cadenceDays.get()));
    }

    private String nameProblem() {
        String n = name.get() == null ? "" : name.get().strip();
        if (n.isEmpty()) {
            return messages.text("payers.nameRequired");
        }
        String st = state.get() == null ? "" : state.get().strip().toUpperCase(Locale.ROOT);
        String self = editing.get() == null ? null : editing.get().id();
        boolean taken = payers.stream().anyMatch(p -> !p.id().equals(self) && p.name().equalsIgnoreCase(n)
                && Objects.equals(p.state() == null ? "" : p.state(), st));
        return taken ? messages.text("payers.nameTaken", n) : "";
    }

    private String daysProblem(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{1,4}") || Integer.parseInt(t) < 1 || Integer.parseInt(t) > MAX_DAYS) {
            return messages.text("payers.notDays", t, MAX_DAYS);
        }
        return "";
    }

    public Messages messages() {
        return messages;
    }

    public ObservableList<Payer> payers() {
        return payers;
    }

    public ObjectProperty<Payer> editingProperty() {
        return editing;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<PayerKind> kindProperty() {
        return kind;
    }

    public StringProperty stateProperty() {
        return state;
    }

    public StringProperty typicalDaysProperty() {
        return typicalDays;
    }

    public StringProperty cadenceDaysProperty() {
        return cadenceDays;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty nameErrorProperty() {
        return nameError;
    }

    public StringProperty stateErrorProperty() {
        return stateError;
    }

    public StringProperty typicalDaysErrorProperty() {
        return typicalDaysError;
    }

    public StringProperty cadenceDaysErrorProperty() {
        return cadenceDaysError;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    List<PayerKind> kinds() {
        return List.of(PayerKind.values());
    }
}
