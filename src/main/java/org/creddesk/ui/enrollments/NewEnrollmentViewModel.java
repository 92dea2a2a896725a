package org.creddesk.ui.enrollments;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.License;
import org.creddesk.domain.PracticeLocation;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderSummary;
import org.creddesk.domain.UsStates;
import org.creddesk.domain.workflow.Enrollment;
import org.creddesk.domain.workflow.EnrollmentFacts;
import org.creddesk.domain.workflow.EnrollmentStatus;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.workflow.PayerKind;
import org.creddesk.provider.ProviderService;
import org.creddesk.store.ProviderSort;
import org.creddesk.ui.common.DateText;
import org.creddesk.ui.common.Debouncer;
import org.creddesk.ui.common.HumanMessage;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.TaskRunner;
import org.creddesk.workflow.EnrollmentService;

/**
 * "New enrollment…": the provider (found by name or NPI, or given), the payer, the state (from the provider's
 * practice locations or licenses, or the Medicaid program's), an optional practice location and the first status
 * (submitted with its date). Checked on every edit, including "already enrolled with this payer here".
 */
public final class NewEnrollmentViewModel {
    static final List<EnrollmentStatus> FIRST_STATUSES = List.of(EnrollmentStatus.NOT_STARTED,
            EnrollmentStatus.GATHERING, EnrollmentStatus.SUBMITTED);
    private static final int MATCHES = 8;
    private final EnrollmentService enrollments;
    private final ProviderService providers;
    private final ChangeContext ctx;
    private final TaskRunner tasks;
    private final Messages messages;
    private final LocalDate today;
    private final Debouncer debouncer;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<ProviderSummary> matches = FXCollections.observableArrayList();
    private final StringProperty providerId = new SimpleStringProperty();
    private final StringProperty providerLine = new SimpleStringProperty("");
    private final BooleanProperty providerFixed = new SimpleBooleanProperty();
    private final ObservableList<Payer> payers = FXCollections.observableArrayList();
    private final ObjectProperty<Payer> payer = new SimpleObjectProperty<>();
    private final StringProperty state = new SimpleStringProperty("");
    private final ObservableList<PracticeLocation> locations = FXCollections.observableArrayList();
    private final ObjectProperty<PracticeLocation> location = new SimpleObjectProperty<>();
    private final ObjectProperty<EnrollmentStatus> firstStatus = new SimpleObjectProperty<>(EnrollmentStatus.NOT_STARTED);
    private final StringProperty submittedOn = new SimpleStringProperty("");
    private final StringProperty providerError = new SimpleStringProperty("");
    private final StringProperty payerError = new SimpleStringProperty("");
    private final StringProperty stateError = new SimpleStringProperty("");
    private final StringProperty submittedOnError = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanBinding valid;
    private List<EnrollmentFacts> existing = List.of();
    private int searchSeq;

    public NewEnrollmentViewModel(EnrollmentService enrollments, ProviderService providers, ChangeContext ctx,
                                  TaskRunner tasks, Messages messages, LocalDate today, Debouncer debouncer) {
        this.enrollments = enrollments;
        this.providers = providers;
        this.ctx = ctx;
        this.tasks = tasks;
        this.messages = messages;
        this.today = today;
        this.debouncer = debouncer;
        query.addListener((o, a, b) -> {
            if (!providerFixed.get()) {
                debouncer.submit(this::search);
            }
        });
        payer.addListener((o, a, b) -> {
            if (b != null && b.kind() == PayerKind.MEDICAID && b.state() != null) {
                state.set(b.state());
            }
            check();
        });
        state.addListener((o, a, b) -> check());
        location.addListener((o, a, b) -> check());
        firstStatus.addListener((o, a, b) -> check());
        submittedOn.addListener((o, a, b) -> check());
        providerId.addListener((o, a, b) -> check());
        valid = Bindings.createBooleanBinding(() -> providerError.get().isEmpty() && payerError.get().isEmpty()
                && stateError.get().isEmpty() && submittedOnError.get().isEmpty(), providerError, payerError,
                stateError, submittedOnError);
        submittedOn.set(DateText.format(today));
        check();
    }

    /** Opens the form empty (from the board), or for one provider (from the workspace: not searchable then). */
    public void open(ProviderFile forProvider) {
        providerFixed.set(forProvider != null);
        matches.clear();
        query.set("");
        payer.set(null);
        state.set("");
        firstStatus.set(EnrollmentStatus.NOT_STARTED);
        submittedOn.set(DateText.format(today));
        notice.set("");
        chosen(null, "", null, List.of());
        tasks.run(p -> enrollments.payers(), payers::setAll);
        if (forProvider != null) {
            String id = forProvider.id();
            tasks.run(p -> enrollments.forProvider(id), list -> chosen(id,
                    line(forProvider.provider().displayName(), forProvider.provider().npi()), forProvider, list));
        }
    }

    /** Looks providers up by name or NPI (the provider list's search), off the FX thread. */
    public void search() {
        String text = query.get() == null ? "" : query.get().strip();
        int mine = ++searchSeq;
        if (text.isEmpty()) {
            matches.clear();
            return;
        }
        tasks.run(p -> providers.search(text, false, ProviderSort.NAME, 0, MATCHES), found -> {
            if (mine == searchSeq) {
                matches.setAll(found);
            }
        });
    }

    /** Takes a provider from the matches: reads the file (locations, licenses) and the enrollments it has. */
    public void choose(ProviderSummary s) {
        if (s == null) {
            return;
        }
        tasks.run(p -> new Chosen(providers.load(s.id()).orElse(null), enrollments.forProvider(s.id())),
                c -> chosen(s.id(), line(s.lastName() + ", " + s.firstName(), s.npi()), c.file(), c.enrollments()));
    }

    private record Chosen(ProviderFile file, List<EnrollmentFacts> enrollments) {
    }

    private void chosen(String id, String text, ProviderFile file, List<EnrollmentFacts> theirs) {
        existing = List.copyOf(theirs);
        locations.setAll(file == null ? List.of() : file.locations());
        location.set(null);
        providerLine.set(text);
        providerId.set(id);
        if (file != null && (payer.get() == null || payer.get().kind() != PayerKind.MEDICAID)) {
            suggestedState(file).ifPresent(state::set);
        }
        check();
    }

    /** The primary practice location's state, else any location's, else the first license's. */
    static Optional<String> suggestedState(ProviderFile f) {
        return f.locations().stream().sorted((a, b) -> Boolean.compare(b.primary(), a.primary()))
                .map(PracticeLocation::state).filter(UsStates::isValid).findFirst()
                .or(() -> f.licenses().stream().map(License::state).filter(UsStates::isValid).findFirst())
                .map(String::toUpperCase);
    }

    private String line(String name, String npi) {
        return messages.text("enrollments.new.providerLine", name, npi == null ? "-" : npi);
    }

    /** Starts the enrollment; {@code created} runs on success (the dialog closes, the board selects it). */
    public void create(Consumer<Enrollment> created) {
        check();
        if (!valid.get()) {
            notice.set(messages.text("enrollments.new.fix"));
            return;
        }
        String id = providerId.get();
        String payerId = payer.get().id();
        String st = state.get().strip().toUpperCase();
        String locationId = location.get() == null ? null : location.get().id();
        EnrollmentStatus status = firstStatus.get();
        LocalDate on = status == EnrollmentStatus.SUBMITTED ? DateText.parse(submittedOn.get()).orElse(today) : today;
        tasks.run(p -> enrollments.start(id, payerId, st, locationId, status, on, ctx), created,
                failure -> notice.set(HumanMessage.of(failure)));
    }

    private void check() {
        providerError.set(providerId.get() == null ? messages.text("enrollments.new.providerRequired") : "");
        String st = state.get() == null ? "" : state.get().strip().toUpperCase();
        Payer p = payer.get();
        if (st.isEmpty()) {
            stateError.set(messages.text("enrollments.new.stateRequired"));
        } else if (!UsStates.isValid(st)) {
            stateError.set(messages.text("enrollments.new.notAState", st));
        } else if (p != null && p.kind() == PayerKind.MEDICAID && p.state() != null && !p.state().equals(st)) {
            stateError.set(messages.text("enrollments.new.medicaidState", p.name(), p.state()));
        } else {
            stateError.set("");
        }
        payerError.set(p == null ? messages.text("enrollments.new.payerRequired") : duplicate(p, st));
        submittedOnError.set(firstStatus.get() == EnrollmentStatus.SUBMITTED ? dateProblem(submittedOn.get()) : "");
    }

    private String duplicate(Payer p, String st) {
        String locationId = location.get() == null ? null : location.get().id();
        return EnrollmentService.duplicateOf(existing, p.id(), st, locationId).map(f -> messages.text(
                "enrollments.new.duplicate", p.name(), st, messages.text(EnrollmentTexts.key(f.enrollment().status())),
                DateText.format(f.enrollment().statusOn()))).orElse("");
    }

    private String dateProblem(String text) {
        try {
            Optional<LocalDate> d = DateText.parse(text);
            if (d.isEmpty()) {
                return messages.text("enrollments.new.submittedRequired");
            }
            return d.get().isAfter(today) ? messages.text("enrollments.new.notAfterToday", DateText.format(today)) : "";
        } catch (DateTimeException e) {
            return messages.text("enrollments.notADate", text);
        }
    }

    public Messages messages() {
        return messages;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<ProviderSummary> matches() {
        return matches;
    }

    public StringProperty providerIdProperty() {
        return providerId;
    }

    public StringProperty providerLineProperty() {
        return providerLine;
    }

    public BooleanProperty providerFixedProperty() {
        return providerFixed;
    }

    public ObservableList<Payer> payers() {
        return payers;
    }

    public ObjectProperty<Payer> payerProperty() {
        return payer;
    }

    public StringProperty stateProperty() {
        return state;
    }

    public ObservableList<PracticeLocation> locations() {
        return locations;
    }

    public ObjectProperty<PracticeLocation> locationProperty() {
        return location;
    }

    public ObjectProperty<EnrollmentStatus> firstStatusProperty() {
        return firstStatus;
    }

    public StringProperty submittedOnProperty() {
        return submittedOn;
    }

    public StringProperty providerErrorProperty() {
        return providerError;
    }

    public StringProperty payerErrorProperty() {
        return payerError;
    }

    public StringProperty stateErrorProperty() {
        return stateError;
    }

    public StringProperty submittedOnErrorProperty() {
        return submittedOnError;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
