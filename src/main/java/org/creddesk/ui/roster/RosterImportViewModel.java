package org.creddesk.ui.roster;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.creddesk.roster.ColumnMapping;
import org.creddesk.roster.ImportReport;
import org.creddesk.roster.Resolutions;
import org.creddesk.roster.RosterField;
import org.creddesk.roster.RosterFile;
import org.creddesk.roster.RosterImporter;
import org.creddesk.roster.RowIssue;
import org.creddesk.roster.RowOutcome;
import org.creddesk.roster.RowStatus;
import org.creddesk.ui.common.HumanMessage;

/**
 * The roster import wizard without a window: choose a file and sheet, correct the column mapping, preview every
 * row (new, changed with old → new, unchanged, rejected, conflicting), decide conflicts, apply, undo. Long work
 * goes through {@link RosterBackground}; errors land in {@link #errorProperty()} as one sentence.
 */
public final class RosterImportViewModel {
    private final RosterImporter importer;
    private final RosterBackground background;

    private final ObjectProperty<RosterImportSteps> step = new SimpleObjectProperty<>(RosterImportSteps.CHOOSE_FILE);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final StringProperty sheet = new SimpleStringProperty();
    private final StringProperty source = new SimpleStringProperty();
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper mappingProblem = new ReadOnlyStringWrapper();
    private final ObservableList<RowOutcome> outcomes = FXCollections.observableArrayList();
    private final FilteredList<RowOutcome> visibleOutcomes = new FilteredList<>(outcomes);
    private final ObjectProperty<RowStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObservableList<RowIssue> issues = FXCollections.observableArrayList();
    private final ObservableList<ConflictChoice> conflicts = FXCollections.observableArrayList();
    private final ObservableList<String> missing = FXCollections.observableArrayList();
    private final IntegerProperty doubtful = new SimpleIntegerProperty();
    private final IntegerProperty added = new SimpleIntegerProperty();
    private final IntegerProperty changed = new SimpleIntegerProperty();
    private final IntegerProperty unchanged = new SimpleIntegerProperty();
    private final IntegerProperty rejected = new SimpleIntegerProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty lastImportId = new SimpleStringProperty();
    private final IntegerProperty keptMine = new SimpleIntegerProperty();
    private final IntegerProperty tookRoster = new SimpleIntegerProperty();
    private final BooleanProperty undone = new SimpleBooleanProperty();
    private Runnable onStoreChanged = () -> { };
    private RosterFile opened;

    public RosterImportViewModel(RosterImporter importer, RosterBackground background) {
        this.importer = importer;
        this.background = background;
        statusFilter.addListener((o, a, b) -> visibleOutcomes.setPredicate(b == null ? null : r -> r.status() == b));
    }

    /** Step 1: open the file; the clearest sheet and its header row are found automatically. */
    public void open(Path path) {
        openSheet(path, null);
    }

    /** Step 1 again with another sheet of the same workbook. */
    public void chooseSheet(String name) {
        if (file.get() != null && name != null && !name.equals(sheet.get())) {
            openSheet(file.get(), name);
        }
    }

    private void openSheet(Path path, String sheetName) {
        closeOpened();
        work("roster.task.open", p -> importer.open(path, sheetName, null), f -> {
            opened = f;
            file.set(path);
            sheets.setAll(f.sheets());
            sheet.set(f.sheet());
            source.set(f.source());
            List<String> headers = f.header().headers();
            columns.clear();
            for (int i = 0; i < headers.size(); i++) {
                ColumnChoice c = new ColumnChoice(i, headers.get(i), f.mapping().columns().get(i),
                        f.proposal().column(i).orElse(null));
                c.fieldProperty().addListener((o, a, b) -> fieldChanged(c, b));
                columns.add(c);
            }
            checkMapping();
            step.set(RosterImportSteps.MAP_COLUMNS);
        });
    }

    /** Takes every doubtful guess whose field no other column feeds yet (the person checked them). */
    public void acceptSuggestions() {
        for (ColumnChoice c : columns) {
            if (c.doubtfulProperty().get() && columns.stream().noneMatch(o -> o.fieldProperty().get() == c.suggestion())) {
                c.acceptSuggestion();
            }
        }
    }

    /** How many columns still wait for a person to confirm the matcher's guess. */
    public IntegerProperty doubtfulProperty() {
        return doubtful;
    }

    /** A field goes to one column only: choosing it here clears it elsewhere. */
    private void fieldChanged(ColumnChoice changedColumn, RosterField field) {
        if (field != null) {
            columns.stream().filter(c -> c != changedColumn && c.fieldProperty().get() == field)
                    .forEach(c -> c.fieldProperty().set(null));
        }
        checkMapping();
    }

    private void checkMapping() {
        doubtful.set((int) columns.stream().filter(c -> c.doubtfulProperty().get()).count());
        List<RosterField> mapped = columns.stream().map(c -> c.fieldProperty().get()).toList();
        StringBuilder missingFields = new StringBuilder();
        for (RosterField f : List.of(RosterField.LAST_NAME, RosterField.FIRST_NAME)) {
            if (!mapped.contains(f)) {
                missingFields.append(missingFields.length() == 0 ? "" : ", ").append(f.label());
            }
        }
        if (!mapped.contains(RosterField.NPI) && !mapped.contains(RosterField.DATE_OF_BIRTH)) {
            missingFields.append(missingFields.length() == 0 ? "" : ", ").append(RosterField.NPI.label());
        }
        mappingProblem.set(missingFields.length() == 0 ? null : missingFields.toString());
    }

    private ColumnMapping currentMapping() {
        ColumnMapping m = opened.mapping();
        for (ColumnChoice c : columns) {
            m = m.withColumn(c.column(), c.fieldProperty().get());
        }
        return m;
    }

    /** Step 2 → 3: keep the corrected mapping and compare every row with the store. */
    public void preview() {
        if (opened == null || mappingProblem.get() != null) {
            return;
        }
        opened.useMapping(currentMapping());
        if (source.get() != null && !source.get().isBlank()) {
            opened.useSource(source.get().strip());
        }
        work("roster.task.preview", p -> importer.preview(opened, p), this::show);
    }

    private void show(ImportReport r) {
        showCounts(r);
        conflicts.setAll(r.conflicts().stream().map(ConflictChoice::new).toList());
        step.set(RosterImportSteps.PREVIEW);
    }

    /** The rows, problems and counts of a report; the conflicts stay as the person decided them. */
    private void showCounts(ImportReport r) {
        added.set((int) r.count(RowStatus.NEW));
        changed.set((int) r.count(RowStatus.CHANGED));
        unchanged.set((int) r.count(RowStatus.UNCHANGED));
        rejected.set(r.rejected().size());
        missing.setAll(r.missing());
        List<RowIssue> all = new java.util.ArrayList<>(r.rejected());
        all.addAll(r.warnings());
        all.sort(java.util.Comparator.comparingInt(RowIssue::row));
        issues.setAll(all);
        outcomes.setAll(r.outcomes());
    }

    /** Step 3 → done: one transaction with the person's conflict decisions; the mapping is saved for next time. */
    public void apply() {
        if (opened == null || step.get() != RosterImportSteps.PREVIEW) {
            return;
        }
        Resolutions resolutions = Resolutions.byPerson();
        int kept = 0;
        for (ConflictChoice c : conflicts) {
            switch (c.decisionProperty().get()) {
                case TAKE_INCOMING -> resolutions.use(c.conflict().row(), c.conflict().field(), c.conflict().incoming());
                case EDIT -> resolutions.use(c.conflict().row(), c.conflict().field(), c.editedValueProperty().get());
                default -> {
                    resolutions.keep(c.conflict().row(), c.conflict().field());
                    kept++;
                }
            }
        }
        int keptCount = kept;
        int decided = conflicts.size();
        work("roster.task.apply", p -> importer.apply(opened, resolutions, p), r -> {
            showCounts(r);
            keptMine.set(keptCount);
            tookRoster.set(decided - keptCount);
            lastImportId.set(r.importId());
            step.set(RosterImportSteps.DONE);
            onStoreChanged.run();
        });
    }

    /** Undo the import just applied (compensating changes, logged). */
    public void undoLastImport() {
        String id = lastImportId.get();
        if (id != null) {
            work("roster.task.undo", p -> importer.undo(id), op -> {
                lastImportId.set(null);
                restart();
                undone.set(true);
                onStoreChanged.run();
            });
        }
    }

    /** Back to step 1, releasing the file. */
    public void restart() {
        closeOpened();
        file.set(null);
        sheets.clear();
        columns.clear();
        doubtful.set(0);
        outcomes.clear();
        issues.clear();
        conflicts.clear();
        missing.clear();
        error.set(null);
        undone.set(false);
        step.set(RosterImportSteps.CHOOSE_FILE);
    }

    private void closeOpened() {
        if (opened != null) {
            opened.close();
            opened = null;
        }
    }

    private <T> void work(String title, RosterBackground.Work<T> work, java.util.function.Consumer<T> onSuccess) {
        busy.set(true);
        error.set(null);
        background.run(title, work, result -> {
            busy.set(false);
            onSuccess.accept(result);
        }, failure -> {
            busy.set(false);
            error.set(HumanMessage.of(failure));
        });
    }

    /** Apply works once, on a preview: after it the screen shows the outcome and offers undo instead. */
    public BooleanBinding canApplyProperty() {
        return Bindings.createBooleanBinding(() -> step.get() == RosterImportSteps.PREVIEW && !busy.get(), step, busy);
    }

    public BooleanBinding canUndoProperty() {
        return Bindings.createBooleanBinding(() -> lastImportId.get() != null && !busy.get(), lastImportId, busy);
    }

    /** Called after an apply or an undo changed the store, so counts elsewhere (the status bar) refresh. */
    public void setOnStoreChanged(Runnable onStoreChanged) {
        this.onStoreChanged = onStoreChanged;
    }

    /** Conflicts the person answered "keep current" in the last apply. */
    public IntegerProperty keptMineProperty() {
        return keptMine;
    }

    /** Conflicts the person answered with the roster's (or an edited) value in the last apply. */
    public IntegerProperty tookRosterProperty() {
        return tookRoster;
    }

    /** True after the last import was undone, until the next file. */
    public BooleanProperty undoneProperty() {
        return undone;
    }

    public BooleanBinding canPreviewProperty() {
        return Bindings.createBooleanBinding(() -> step.get() == RosterImportSteps.MAP_COLUMNS
                && mappingProblem.get() == null && !busy.get(), step, mappingProblem, busy);
    }

    public ObjectProperty<RosterImportSteps> stepProperty() {
        return step;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObservableList<String> sheets() {
        return sheets;
    }

    public StringProperty sheetProperty() {
        return sheet;
    }

    /** Whose roster this is; missing providers and conflicts are judged per source. */
    public StringProperty sourceProperty() {
        return source;
    }

    public ObservableList<ColumnChoice> columns() {
        return columns;
    }

    /** The required fields no column feeds yet ("Last Name, NPI"), or null when the mapping is usable. */
    public ReadOnlyStringProperty mappingProblemProperty() {
        return mappingProblem.getReadOnlyProperty();
    }

    public ObservableList<RowOutcome> visibleOutcomes() {
        return visibleOutcomes;
    }

    public ObjectProperty<RowStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObservableList<RowIssue> issues() {
        return issues;
    }

    public ObservableList<ConflictChoice> conflicts() {
        return conflicts;
    }

    public ObservableList<String> missing() {
        return missing;
    }

    public IntegerProperty addedProperty() {
        return added;
    }

    public IntegerProperty changedProperty() {
        return changed;
    }

    public IntegerProperty unchangedProperty() {
        return unchanged;
    }

    public IntegerProperty rejectedProperty() {
        return rejected;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty lastImportIdProperty() {
        return lastImportId;
    }
}
