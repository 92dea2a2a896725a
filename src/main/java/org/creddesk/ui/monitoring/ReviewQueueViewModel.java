package org.creddesk.ui.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
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
import org.creddesk.domain.Progress;
import org.creddesk.domain.monitoring.Disposition;
import org.creddesk.domain.monitoring.ExclusionRecord;
import org.creddesk.domain.monitoring.ListVersion;
import org.creddesk.domain.monitoring.ScreeningHit;
import org.creddesk.domain.monitoring.ScreeningRun;
import org.creddesk.monitoring.ScreeningService;
import org.creddesk.ui.common.DateText;
import org.creddesk.ui.common.HumanMessage;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.TaskRunner;

/**
 * The exclusion review queue: hits waiting for a reviewer (or every hit), the selected hit's list row beside the
 * provider's data with the reasons, and recording a disposition with a note. Nothing here decides a hit.
 */
public final class ReviewQueueViewModel {
    private final ScreeningService screening;
    private final ChangeContext reviewer;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ObservableList<ScreeningHit> hits = FXCollections.observableArrayList();
    private final ObjectProperty<ScreeningHit> selected = new SimpleObjectProperty<>();
    private final ObservableList<ComparisonLine> comparison = FXCollections.observableArrayList();
    private final ObservableList<String> reasons = FXCollections.observableArrayList();
    private final ObjectProperty<Disposition> disposition = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty lists = new SimpleStringProperty("");
    private final BooleanProperty showAll = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding canRecord;

    public ReviewQueueViewModel(ScreeningService screening, ChangeContext reviewer, TaskRunner tasks,
                                Messages messages) {
        this.screening = screening;
        this.reviewer = reviewer;
        this.tasks = tasks;
        this.messages = messages;
        selected.addListener((obs, old, now) -> show(now));
        showAll.addListener((obs, old, now) -> refresh());
        canRecord = Bindings.createBooleanBinding(() -> selected.get() != null && disposition.get() != null
                && !note.get().isBlank() && !busy.get(), selected, disposition, note, busy);
    }

    private record Loaded(List<ScreeningHit> hits, List<ListVersion> lists, ScreeningRun lastRun) {
    }

    /** Reloads the queue (off the FX thread) and keeps the selection on the same hit when it is still there. */
    public void refresh() {
        String keep = selected.get() == null ? null : selected.get().id();
        boolean all = showAll.get();
        tasks.run(p -> {
            List<ScreeningRun> runs = screening.runs();
            return new Loaded(all ? screening.allHits() : screening.reviewQueue(), screening.listVersionsInForce(),
                    runs.isEmpty() ? null : runs.get(runs.size() - 1));
        }, data -> {
            List<ScreeningHit> loaded = data.hits();
            hits.setAll(loaded);
            summary.set(messages.text("screening.queue.count", loaded.size()));
            lists.set(describe(data));
            selected.set(loaded.stream().filter(h -> h.id().equals(keep)).findFirst()
                    .orElse(loaded.isEmpty() ? null : loaded.get(0)));
        });
    }

    /** Screens every active provider against the lists in force now, with progress and cancel in the status bar. */
    public void screenNow() {
        busy.set(true);
        tasks.run(p -> screening.listVersionsInForce().isEmpty(), empty -> {
            if (empty) {
                busy.set(false);
                notice.set(messages.text("screening.run.noLists"));
                return;
            }
            tasks.runVisible(messages.text("screening.run.title"), p -> {
                try {
                    return screening.screenAll(reviewer, p);
                } catch (Progress.CancelledException e) {
                    return null; // nothing was recorded: the run is one transaction
                }
            }, out -> {
                busy.set(false);
                if (out == null) {
                    notice.set(messages.text("screening.run.cancelled"));
                    return;
                }
                notice.set(messages.text("screening.run.done", out.run().providersScreened(), out.run().hits(),
                        out.run().newHits()));
                refresh();
            });
        });
    }

    private String describe(Loaded data) {
        if (data.lists().isEmpty()) {
            return messages.text("screening.lists.none");
        }
        String files = String.join("; ", data.lists().stream().map(v -> messages.text("screening.lists.file",
                v.fileName(), DateText.format(v.downloadedOn()), v.rowCount())).toList());
        return data.lastRun() == null ? messages.text("screening.lists.notScreened", files)
                : messages.text("screening.lists.lastRun", DateText.format(data.lastRun().screenedOn()), files);
    }

    /** Records the chosen disposition and note for the selected hit, with the list file as evidence. */
    public void record() {
        if (!canRecord.get()) {
            notice.set(messages.text("screening.review.incomplete"));
            return;
        }
        ScreeningHit hit = selected.get();
        Disposition chosen = disposition.get();
        String text = note.get();
        busy.set(true);
        tasks.run(p -> screening.dispose(hit.id(), chosen, text, reviewer), decision -> {
            busy.set(false);
            notice.set(messages.text("screening.review.recorded", hit.providerName(),
                    messages.text("screening.disposition." + chosen.name()), decision.listFileName(),
                    DateText.format(decision.listDownloadedOn())));
            disposition.set(null);
            note.set("");
            refresh();
        }, failure -> {
            busy.set(false);
            notice.set(messages.text("screening.review.failed", HumanMessage.of(failure)));
        });
    }

    private void show(ScreeningHit hit) {
        disposition.set(null);
        note.set("");
        if (hit == null) {
            comparison.clear();
            reasons.clear();
            return;
        }
        reasons.setAll(hit.reasons());
        if (hit.absent()) {
            reasons.add(0, messages.text("screening.review.absent", DateText.format(hit.absentSince()), hit.absence()));
        }
        comparison.setAll(compare(hit));
    }

    private List<ComparisonLine> compare(ScreeningHit hit) {
        ExclusionRecord row = hit.listRow();
        return List.of(
                line("screening.compare.name", hit.providerName(), row.displayName(),
                        sameLetters(hit.providerName(), row.displayName())),
                line("screening.compare.npi", hit.providerNpi(), row.npi(),
                        row.npi() != null && Objects.equals(hit.providerNpi(), row.npi())),
                line("screening.compare.dob", text(hit.providerDateOfBirth()), text(row.dateOfBirth()),
                        row.dateOfBirth() != null && row.dateOfBirth().equals(hit.providerDateOfBirth())),
                line("screening.compare.state", "", row.state(), false),
                line("screening.compare.list", "", messages.text("screening.list." + row.source().name()), false),
                line("screening.compare.exclusionType", "", row.exclusionType(), false),
                line("screening.compare.exclusionDate", "", text(row.exclusionDate()), false),
                line("screening.compare.address", "", join(row.address(), row.city(), row.zip()), false),
                line("screening.compare.specialty", "", join(row.general(), row.specialty()), false));
    }

    private ComparisonLine line(String key, String provider, String list, boolean agrees) {
        return new ComparisonLine(messages.text(key), provider == null ? "" : provider, list == null ? "" : list,
                agrees);
    }

    private static boolean sameLetters(String a, String b) {
        return a != null && b != null && a.replaceAll("[^\\p{L}]", "").equalsIgnoreCase(b.replaceAll("[^\\p{L}]", ""));
    }

    private static String text(LocalDate d) {
        return DateText.format(d);
    }

    private static String join(String... parts) {
        return String.join(", ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }

    public ObservableList<ScreeningHit> hits() {
        return hits;
    }

    public ObjectProperty<ScreeningHit> selectedProperty() {
        return selected;
    }

    public ObservableList<ComparisonLine> comparison() {
        return comparison;
    }

    public ObservableList<String> reasons() {
        return reasons;
    }

    public ObjectProperty<Disposition> dispositionProperty() {
        return disposition;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    /** The list files in force (name, download date, rows) and the day of the last screening. */
    public StringProperty listsProperty() {
        return lists;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty showAllProperty() {
        return showAll;
    }

    public BooleanBinding canRecordProperty() {
        return canRecord;
    }
}
