package org.creddesk.ui.providers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.ClaimsHistory;
import org.creddesk.domain.Problem;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.ProviderTaxonomy;
import org.creddesk.domain.TaxonomyDescriptions;
import org.creddesk.domain.ProviderValidator;
import org.creddesk.domain.ShownDates;
import org.creddesk.provider.NotFoundException;
import org.creddesk.provider.ProviderService;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.TaskRunner;

/**
 * One provider file being read or edited: the typed fields, the child lists, what is wrong with them right now,
 * and save / retire. Validation runs on every edit with the pure domain rules; the duplicate-NPI check that needs
 * the database runs with the save, off the FX thread.
 */
public final class ProviderWorkspaceViewModel {
    private static final int DEFAULT_CLAIMS_YEARS = 5;
    private final ProviderService providers;
    private final ChangeContext changeContext;
    private final TaskRunner tasks;
    private final Messages messages;
    private final FormModel<Provider> form;
    private final Map<ChildSection<?>, ObservableList<Record>> lists = new LinkedHashMap<>();
    private final Map<ChildSection<?>, ObservableList<String>> listProblems = new LinkedHashMap<>();
    private final ObservableList<String> taxonomyWarnings = FXCollections.observableArrayList();
    private final Supplier<TaxonomyDescriptions> taxonomyCodes;
    private TaxonomyDescriptions codes = TaxonomyDescriptions.none();
    private final IntSupplier claimsHistoryYears;
    private final StringProperty claimsWindow = new SimpleStringProperty("");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final BooleanProperty isNew = new SimpleBooleanProperty(false);
    private final BooleanProperty retired = new SimpleBooleanProperty(false);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final HistoryModel history;
    private final DocumentsViewModel documents;
    private ProviderFile baseline;
    private Runnable onSaved = () -> { };
    private BiConsumer<ProviderFile, Boolean> onShown = (file, stored) -> { };

    public ProviderWorkspaceViewModel(ProviderService providers, ChangeContext changeContext, TaskRunner tasks,
                                      Messages messages, DocumentsViewModel documents) {
        this(providers, TaxonomyDescriptions::none, () -> DEFAULT_CLAIMS_YEARS, changeContext, tasks, messages,
                documents);
    }

    /**
     * {@code taxonomyCodes}: the NUCC code set in force, read with each file opened, for descriptions and warnings;
     * {@code claimsHistoryYears}: the claims-history setting in force, for which claims its review covers.
     */
    public ProviderWorkspaceViewModel(ProviderService providers, Supplier<TaxonomyDescriptions> taxonomyCodes,
                                      IntSupplier claimsHistoryYears, ChangeContext changeContext, TaskRunner tasks,
                                      Messages messages, DocumentsViewModel documents) {
        this.providers = providers;
        this.taxonomyCodes = taxonomyCodes;
        this.claimsHistoryYears = claimsHistoryYears;
        this.changeContext = changeContext;
        this.tasks = tasks;
        this.messages = messages;
        this.documents = documents;
        this.history = new HistoryModel(providers, tasks, messages);
        this.form = new FormModel<>(new RecordFields<>(Provider.class), ProviderFields.all(), this::revalidate);
        for (ChildSection<?> s : ChildSections.ALL) {
            lists.put(s, FXCollections.observableArrayList());
            listProblems.put(s, FXCollections.observableArrayList());
        }
        documents.setOnAttached(doc -> {
            baseline = baseline.withDocuments(new ArrayList<>(documents.items()));
            history.load(baseline.id());
        });
    }

    /** Called after every successful save or status change, so the list and status bar can refresh. */
    public void setOnSaved(Runnable onSaved) {
        this.onSaved = onSaved;
    }

    /** Called whenever a file is shown (opened, saved, retired; {@code stored} false for a new one). */
    public void setOnShown(BiConsumer<ProviderFile, Boolean> onShown) {
        this.onShown = onShown;
    }

    private record Opened(ProviderFile file, TaxonomyDescriptions codes) {
    }

    public void open(String providerId) {
        tasks.run(p -> new Opened(providers.load(providerId)
                .orElseThrow(() -> new NotFoundException(messages.text("providers.notFound"))), taxonomyCodes.get()),
                o -> {
                    codes = o.codes();
                    show(o.file(), true);
                });
    }

    public void startNew() {
        show(providers.newProvider(), false);
        title.set(messages.text("providers.workspace.newTitle"));
        tasks.run(p -> taxonomyCodes.get(), c -> {
            codes = c;
            revalidate();
        });
    }

    /** What the code set in force says the code means, else what was typed as its description. */
    public String taxonomyDescription(ProviderTaxonomy t) {
        return codes.shown(t.code(), t.description());
    }

    /** The NUCC code set in force (for the row editor: the words beside a code typed, the warning for an unknown one). */
    public TaxonomyDescriptions taxonomyCodes() {
        return codes;
    }

    /** The warning beside a code the code set does not list (empty when it does, or when no code set is imported). */
    public String taxonomyWarning(String code) {
        return codes.isUnknown(code) ? messages.text("providers.taxonomy.unknown", codes.version()) : "";
    }

    /** Which of the claims the claims-history review covers ("the last 5 years (since …): 1 of 2 claims"). */
    public StringProperty claimsWindowProperty() {
        return claimsWindow;
    }

    /** One line per specialty whose code the code set does not list: a warning, never a reason to refuse a save. */
    public ObservableList<String> taxonomyWarnings() {
        return taxonomyWarnings;
    }

    private void show(ProviderFile file, boolean stored) {
        baseline = file;
        form.load(file.provider());
        for (ChildSection<?> s : ChildSections.ALL) {
            lists.get(s).setAll(s.getter().apply(file));
        }
        isNew.set(!stored);
        documents.show(file, stored);
        retired.set(file.provider().status() == ProviderStatus.RETIRED);
        title.set(file.provider().displayName());
        notice.set("");
        loaded.set(true);
        revalidate();
        if (stored) {
            history.load(file.id());
        } else {
            history.clear();
        }
        onShown.accept(file, stored);
    }

    /** The file as typed right now; text that cannot be read is reported in {@code parseProblems}. */
    public ProviderFile draft(List<Problem> parseProblems) {
        ProviderFile f = ProviderFile.of(form.build("", parseProblems));
        for (ChildSection<?> s : ChildSections.ALL) {
            f = s.replace(f, lists.get(s));
        }
        return f.withDocuments(documents.items());
    }

    public void revalidate() {
        if (baseline == null) {
            return;
        }
        List<Problem> found = new ArrayList<>();
        ProviderFile draft = draft(found);
        found.addAll(ProviderValidator.validate(draft, providers.today()));
        showProblems(found);
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < draft.taxonomies().size(); i++) {
            String warning = taxonomyWarning(draft.taxonomies().get(i).code());
            if (!warning.isEmpty()) {
                warnings.add(messages.text("providers.rowProblem", i + 1, messages.text(RecordFields.labelKey("code")),
                        warning));
            }
        }
        taxonomyWarnings.setAll(warnings);
        int years = claimsHistoryYears.getAsInt();
        LocalDate today = providers.today();
        claimsWindow.set(draft.malpracticeClaims().isEmpty() ? "" : messages.text("providers.claims.window", years,
                ShownDates.format(ClaimsHistory.windowStart(today, years)),
                ClaimsHistory.inWindow(draft.malpracticeClaims(), today, years).size(),
                draft.malpracticeClaims().size()));
        dirty.set(!draft.equals(baseline));
    }

    private void showProblems(List<Problem> found) {
        problems.setAll(found);
        form.showProblems(found, "", messages);
        for (ChildSection<?> s : ChildSections.ALL) {
            listProblems.get(s).setAll(found.stream().filter(p -> p.field().startsWith(s.path()))
                    .map(this::describeRowProblem).toList());
        }
    }

    private String describeRowProblem(Problem p) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\w+\\[(\\d+)]\\.(\\w+)").matcher(p.field());
        if (!m.matches()) {
            return messages.problem(p);
        }
        return messages.text("providers.rowProblem", Integer.parseInt(m.group(1)) + 1,
                messages.text(RecordFields.labelKey(m.group(2))), messages.problem(p));
    }

    /** Saves when valid; otherwise refuses and says why in {@link #noticeProperty()}. Returns whether it started. */
    public boolean save() {
        revalidate();
        if (!problems.isEmpty()) {
            notice.set(messages.text("providers.save.refused", problems.size(), reasons()));
            return false;
        }
        if (!dirty.get() && !isNew.get()) {
            notice.set(messages.text("providers.save.nothing"));
            return false;
        }
        ProviderFile file = draft(new ArrayList<>());
        tasks.runVisible(messages.text("providers.save.task"), p -> providers.save(file, changeContext), outcome -> {
            if (!outcome.saved()) {
                showProblems(outcome.problems());
                notice.set(messages.text("providers.save.refused", outcome.problems().size(), reasons()));
                return;
            }
            show(file, true);
            notice.set(messages.text("providers.save.done"));
            onSaved.run();
        });
        return true;
    }

    private String reasons() {
        return problems.stream().limit(3).map(p -> {
            String field = p.field().replaceAll(".*\\.", "").replaceAll("\\[\\d+]", "");
            String label = messages.has(RecordFields.labelKey(field)) ? messages.text(RecordFields.labelKey(field)) : field;
            return label + ": " + messages.problem(p);
        }).collect(Collectors.joining("; "));
    }

    public void retire() {
        changeStatus(true);
    }

    public void reactivate() {
        changeStatus(false);
    }

    private void changeStatus(boolean retire) {
        String id = baseline.id();
        String taskTitle = messages.text(retire ? "providers.retire.task" : "providers.reactivate.task");
        tasks.runVisible(taskTitle, p -> {
            if (retire) {
                providers.retire(id, changeContext);
            } else {
                providers.reactivate(id, changeContext);
            }
            return providers.load(id).orElseThrow();
        }, file -> {
            show(file, true);
            onSaved.run();
        });
    }

    /** Replaces row {@code index} of a list, or adds it when {@code index} is −1. */
    public void putRow(ChildSection<?> section, int index, Record row) {
        ObservableList<Record> rows = lists.get(section);
        if (index < 0) {
            rows.add(row);
        } else {
            rows.set(index, row);
        }
        revalidate();
    }

    public void removeRow(ChildSection<?> section, int index) {
        lists.get(section).remove(index);
        revalidate();
    }

    /** The problems the row would have in the file as it stands, for the row editor. */
    public List<Problem> checkRow(ChildSection<?> section, int index, Record row, List<Problem> parseProblems) {
        List<Record> rows = new ArrayList<>(lists.get(section));
        int at = index < 0 ? rows.size() : index;
        if (index < 0) {
            rows.add(row);
        } else {
            rows.set(index, row);
        }
        ProviderFile candidate = section.replace(draft(new ArrayList<>()), rows);
        List<Problem> found = new ArrayList<>(parseProblems);
        String prefix = section.rowPrefix(at);
        ProviderValidator.validate(candidate, providers.today()).stream()
                .filter(p -> p.field().startsWith(prefix)).forEach(found::add);
        return found;
    }

    public String newRowId() {
        return providers.newId();
    }

    public String providerId() {
        return baseline == null ? null : baseline.id();
    }

    public FormModel<Provider> form() {
        return form;
    }

    public ObservableList<Record> rows(ChildSection<?> section) {
        return lists.get(section);
    }

    public ObservableList<String> rowProblems(ChildSection<?> section) {
        return listProblems.get(section);
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    public BooleanBinding canSave() {
        return Bindings.isEmpty(problems).and(dirty.or(isNew)).and(loaded);
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public BooleanProperty isNewProperty() {
        return isNew;
    }

    public BooleanProperty retiredProperty() {
        return retired;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public HistoryModel history() {
        return history;
    }

    public DocumentsViewModel documents() {
        return documents;
    }

    public Messages messages() {
        return messages;
    }
}
