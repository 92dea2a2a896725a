package org.creddesk.ui.enrollments;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
import org.creddesk.domain.workflow.EnrollmentStatus;
import org.creddesk.domain.workflow.FollowUp;
import org.creddesk.domain.workflow.FollowUpChannel;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.ui.common.DateText;
import org.creddesk.ui.common.HumanMessage;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.TaskRunner;
import org.creddesk.workflow.EnrollmentBoardFilter;
import org.creddesk.workflow.EnrollmentCard;
import org.creddesk.workflow.EnrollmentService;

/**
 * The enrollment board: every enrollment by status with its expected decision, next follow-up and flags, filtered
 * by payer, state, coordinator and "flagged only"; for the selected one, its follow-up log, the follow-up form
 * (one keystroke away), the next status and the approval.
 */
public final class EnrollmentBoardViewModel {
    private final EnrollmentService enrollments;
    private final BooleanProperty dmeSupplier = new SimpleBooleanProperty(false);
    private final BooleanProperty dmeApplicable = new SimpleBooleanProperty(false);
    private boolean showingSelection;
    private final ChangeContext ctx;
    private final TaskRunner tasks;
    private final Messages messages;
    private final LocalDate today;

    private final ObjectProperty<Payer> payer = new SimpleObjectProperty<>();
    private final StringProperty state = new SimpleStringProperty("");
    private final StringProperty coordinator = new SimpleStringProperty("");
    private final BooleanProperty flaggedOnly = new SimpleBooleanProperty();
    private final ObservableList<Payer> payers = FXCollections.observableArrayList();
    private final ObservableList<EnrollmentCard> cards = FXCollections.observableArrayList();
    private final ObjectProperty<EnrollmentCard> selected = new SimpleObjectProperty<>();
    private final ObservableList<FollowUp> followUps = FXCollections.observableArrayList();
    private final ObservableList<EnrollmentStatus> nextStatuses = FXCollections.observableArrayList();
    private final ObjectProperty<EnrollmentStatus> moveTo = new SimpleObjectProperty<>();
    private final ObjectProperty<FollowUpChannel> channel = new SimpleObjectProperty<>(FollowUpChannel.CALL);
    private final StringProperty contact = new SimpleStringProperty("");
    private final StringProperty reference = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty nextFollowUp = new SimpleStringProperty("");
    private final StringProperty nextFollowUpError = new SimpleStringProperty("");
    private final StringProperty effective = new SimpleStringProperty("");
    private final StringProperty payerProviderId = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanBinding canLogFollowUp;
    private String pendingSelect;
    private int pendingFrom;
    private int refreshSeq;
    private int shownSeq;
    private boolean clearing;

    public EnrollmentBoardViewModel(EnrollmentService enrollments, ChangeContext ctx, TaskRunner tasks,
                                    Messages messages, LocalDate today) {
        this.enrollments = enrollments;
        this.ctx = ctx;
        this.tasks = tasks;
        this.messages = messages;
        this.today = today;
        payer.addListener((o, a, b) -> refreshUnlessClearing());
        flaggedOnly.addListener((o, a, b) -> refreshUnlessClearing());
        selected.addListener((o, a, b) -> showSelected(b));
        dmeSupplier.addListener((o, a, b) -> markDme(b));
        nextFollowUp.addListener((o, a, b) -> nextFollowUpError.set(dateProblem(b).orElse("")));
        canLogFollowUp = Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().facts().enrollment().status().isWithPayer() && !note.get().isBlank()
                && dateProblem(nextFollowUp.get()).isEmpty(), selected, note, nextFollowUp);
    }

    public void refresh() {
        EnrollmentBoardFilter filter = new EnrollmentBoardFilter(payer.get() == null ? null : payer.get().id(),
                blankToNull(state.get()), blankToNull(coordinator.get()), null, flaggedOnly.get());
        int seq = ++refreshSeq;
        tasks.run(progress -> new Loaded(enrollments.payers(), enrollments.board(filter, today)), l -> show(l, seq));
    }

    private void refreshUnlessClearing() {
        if (!clearing) {
            refresh();
        }
    }

    /** Shows one enrollment: clears the filters so its card is on the board, and selects it. */
    public void select(String enrollmentId) {
        clearing = true;
        try {
            payer.set(null);
            state.set("");
            coordinator.set("");
            flaggedOnly.set(false);
        } finally {
            clearing = false;
        }
        pendingSelect = enrollmentId;
        pendingFrom = refreshSeq + 1;
        refresh();
    }

    private record Loaded(List<Payer> payers, List<EnrollmentCard> cards) {
    }

    /** Shows a load unless a later one is already shown (two background threads may finish out of order). */
    private void show(Loaded loaded, int seq) {
        if (seq < shownSeq) {
            return;
        }
        shownSeq = seq;
        if (!payers.equals(loaded.payers())) {
            payers.setAll(loaded.payers());
        }
        boolean pending = pendingSelect != null && seq >= pendingFrom;
        String keep = pending ? pendingSelect : selected.get() == null ? null : selected.get().facts().enrollment().id();
        if (pending) {
            pendingSelect = null;
        }
        cards.setAll(loaded.cards());
        selected.set(cards.stream().filter(c -> c.facts().enrollment().id().equals(keep)).findFirst().orElse(null));
    }

    private void showSelected(EnrollmentCard card) {
        showingSelection = true;
        dmeApplicable.set(card != null && card.facts().payer() != null
                && card.facts().payer().kind() == org.creddesk.domain.workflow.PayerKind.MEDICARE);
        dmeSupplier.set(card != null && card.facts().enrollment().dmeSupplier());
        showingSelection = false;
        if (card == null) {
            followUps.clear();
            nextStatuses.clear();
            return;
        }
        followUps.setAll(card.facts().followUps().stream()
                .sorted(Comparator.comparing(FollowUp::on).reversed()).toList());
        nextStatuses.setAll(card.facts().enrollment().status().next().stream()
                .filter(s -> s != EnrollmentStatus.APPROVED).toList());
        moveTo.set(null);
    }

    /** Marks the selected Medicare enrollment as a DME supplier's (revalidated every 3 years) or clears it. */
    private void markDme(boolean dme) {
        EnrollmentCard card = selected.get();
        if (card == null || showingSelection || card.facts().enrollment().dmeSupplier() == dme) {
            return;
        }
        tasks.run(progress -> enrollments.markDmeSupplier(card.facts().enrollment().id(), dme, ctx), e -> {
            notice.set(messages.text(dme ? "enrollments.notice.dme" : "enrollments.notice.notDme", card.providerName()));
            refresh();
        }, failure -> notice.set(HumanMessage.of(failure)));
    }

    public BooleanProperty dmeSupplierProperty() {
        return dmeSupplier;
    }

    public BooleanProperty dmeApplicableProperty() {
        return dmeApplicable;
    }

    public void logFollowUp() {
        EnrollmentCard card = selected.get();
        if (card == null || !canLogFollowUp.get()) {
            return;
        }
        LocalDate next = DateText.parse(nextFollowUp.get()).orElse(null);
        String id = card.facts().enrollment().id();
        tasks.run(progress -> enrollments.logFollowUp(id, null, channel.get(), blankToNull(contact.get()),
                blankToNull(reference.get()), note.get().strip(), next, ctx), f -> {
                    notice.set(messages.text("enrollments.notice.followUp", card.providerName()));
                    contact.set("");
                    reference.set("");
                    note.set("");
                    nextFollowUp.set("");
                    refresh();
                }, failure -> notice.set(HumanMessage.of(failure)));
    }

    public void move() {
        EnrollmentCard card = selected.get();
        EnrollmentStatus to = moveTo.get();
        if (card == null || to == null) {
            return;
        }
        tasks.run(progress -> enrollments.move(card.facts().enrollment().id(), to, today, null, ctx),
                e -> {
                    notice.set(messages.text("enrollments.notice.moved", card.providerName(),
                            messages.text(EnrollmentTexts.key(to))));
                    refresh();
                }, failure -> notice.set(HumanMessage.of(failure)));
    }

    public void approve() {
        EnrollmentCard card = selected.get();
        if (card == null) {
            return;
        }
        Optional<LocalDate> when;
        try {
            when = DateText.parse(effective.get());
        } catch (DateTimeException e) {
            notice.set(messages.text("enrollments.notADate", effective.get()));
            return;
        }
        tasks.run(progress -> enrollments.approve(card.facts().enrollment().id(), today, when.orElse(today),
                blankToNull(payerProviderId.get()), null, ctx), e -> {
                    notice.set(messages.text("enrollments.notice.approved", card.providerName(),
                            DateText.format(e.effectiveDate())));
                    effective.set("");
                    payerProviderId.set("");
                    refresh();
                }, failure -> notice.set(HumanMessage.of(failure)));
    }

    private Optional<String> dateProblem(String text) {
        try {
            Optional<LocalDate> d = DateText.parse(text);
            return d.isPresent() && !d.get().isAfter(today)
                    ? Optional.of(messages.text("enrollments.nextAfterToday", DateText.format(today))) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.of(messages.text("enrollments.notADate", text));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ObjectProperty<Payer> payerProperty() {
        return payer;
    }

    public StringProperty stateProperty() {
        return state;
    }

    public StringProperty coordinatorProperty() {
        return coordinator;
    }

    public BooleanProperty flaggedOnlyProperty() {
        return flaggedOnly;
    }

    public ObservableList<Payer> payers() {
        return payers;
    }

    public ObservableList<EnrollmentCard> cards() {
        return cards;
    }

    public ObjectProperty<EnrollmentCard> selectedProperty() {
        return selected;
    }

    public ObservableList<FollowUp> followUps() {
        return followUps;
    }

    public ObservableList<EnrollmentStatus> nextStatuses() {
        return nextStatuses;
    }

    public ObjectProperty<EnrollmentStatus> moveToProperty() {
        return moveTo;
    }

    public ObjectProperty<FollowUpChannel> channelProperty() {
        return channel;
    }

    public StringProperty contactProperty() {
        return contact;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty nextFollowUpProperty() {
        return nextFollowUp;
    }

    public StringProperty nextFollowUpErrorProperty() {
        return nextFollowUpError;
    }

    public StringProperty effectiveProperty() {
        return effective;
    }

    public StringProperty payerProviderIdProperty() {
        return payerProviderId;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public BooleanBinding canLogFollowUp() {
        return canLogFollowUp;
    }
}
