package org.creddesk.ui.roster;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.creddesk.app.AppContext;
import org.creddesk.app.ExportSelection;
import org.creddesk.roster.ExportTemplate;
import org.creddesk.roster.RosterExporter;
import org.creddesk.roster.RosterFileException;
import org.creddesk.store.LaterEdit;
import org.creddesk.store.LaterEditsException;
import org.creddesk.store.RosterImportRecord;
import org.creddesk.store.UndoMode;
import org.creddesk.ui.common.HumanMessage;
import org.creddesk.ui.common.Messages;

/**
 * Roster export and the imports done, without a window: choose a template and which providers, write the file in
 * the background; list past imports and undo one, asking the person first when fields it wrote were changed since.
 */
public final class RosterExportViewModel {
    /** Asks the person what to do with later edits: keep them, discard them, or (empty) do not undo. */
    @FunctionalInterface
    public interface LaterEditsQuestion extends Function<List<LaterEditLine>, Optional<UndoMode>> {
    }

    /** One later edit as the dialog shows it: whose file ("Müller, Anna (NPI 1234567893)") and which field. */
    public record LaterEditLine(String provider, String field, LaterEdit edit) {
    }

    private final AppContext app;
    private final RosterBackground background;
    private final Messages messages;
    private final StringProperty template = new SimpleStringProperty(ExportTemplate.SHIPPED.get(0));
    private final ObjectProperty<Path> templateFile = new SimpleObjectProperty<>();
    private final ObjectProperty<ExportScope> scope = new SimpleObjectProperty<>(ExportScope.ALL);
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final ObjectProperty<Path> lastFile = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<RosterImportRecord> imports = FXCollections.observableArrayList();
    private final StringBinding problem;

    public RosterExportViewModel(AppContext app, RosterBackground background, Messages messages) {
        this.app = app;
        this.background = background;
        this.messages = messages;
        problem = Bindings.createStringBinding(() -> scope.get().needsValue() && value.get().isBlank()
                ? messages.text("roster.export.needsValue." + key(scope.get())) : null, scope, value);
        template.addListener((o, a, b) -> {
            if (b != null && !b.isBlank()) {
                templateFile.set(null);
            }
        });
    }

    /** Why the export cannot start yet (shown beside the button), or null when it can. */
    public StringBinding problem() {
        return problem;
    }

    /** A file name to suggest: the template and today's date, xlsx. */
    public String suggestedFileName() {
        return (templateFile.get() == null ? template.get() : "roster") + "-" + LocalDate.now(app.clock()) + ".xlsx";
    }

    public void export(Path file) {
        if (problem.get() != null) {
            error.set(problem.get());
            return;
        }
        ExportScope s = scope.get();
        String v = value.get().strip();
        String templateName = templateFile.get() == null ? template.get() : templateFile.get().toString();
        error.set(null);
        run("roster.task.export", p -> {
            ExportTemplate t = ExportTemplate.load(templateName);
            RosterExporter exporter = app.rosterExporter();
            if (s == ExportScope.CHANGES_SINCE_LAST_EXPORT) {
                return exporter.exportChangesSince(file, t, v, p);
            }
            if (t.isDelta()) {
                throw new IllegalArgumentException(messages.text("roster.export.deltaNeedsPayer", t.name()));
            }
            ExportSelection selection = s == ExportScope.ALL ? ExportSelection.ALL
                    : new ExportSelection(ExportSelection.Kind.valueOf(s.name()), v);
            return exporter.exportProviders(file, t, selection.providerIds(app), selection.payer(), p);
        }, r -> {
            lastFile.set(r.file());
            result.set(s == ExportScope.CHANGES_SINCE_LAST_EXPORT
                    ? messages.text("roster.export.doneDelta", r.rows(), r.adds(), r.updates(), r.terms(),
                    r.file().getFileName().toString())
                    : messages.text("roster.export.done", r.rows(), r.file().getFileName().toString()));
        });
    }

    /** Shows the file just written in the desktop's viewer (off the FX thread). */
    public void openLastFile(org.creddesk.ui.common.DesktopFiles files) {
        Path f = lastFile.get();
        if (f != null) {
            run("roster.task.openFile", p -> files.open(f), opened -> {
                if (!opened) {
                    error.set(messages.text("roster.export.cannotOpen", f.toString()));
                }
            });
        }
    }

    public void refreshImports() {
        run("roster.task.imports", p -> app.rosterImporter().imports(), imports::setAll);
    }

    /** Undoes an import; when fields it wrote were changed since, {@code question} decides (or cancels). */
    public void undo(RosterImportRecord record, LaterEditsQuestion question) {
        if (record == null || record.undoneAt() != null) {
            return;
        }
        error.set(null);
        run("roster.task.undo", p -> lines(app.rosterImporter().laterEdits(record.id())), edits -> {
            Optional<UndoMode> mode = edits.isEmpty() ? Optional.of(UndoMode.REFUSE_IF_EDITED_LATER)
                    : question.apply(edits);
            mode.ifPresent(m -> run("roster.task.undo", p -> app.rosterImporter().undo(record.id(), m), op -> {
                result.set(messages.text("roster.history.undone", record.fileName()));
                refreshImports();
            }));
        });
    }

    private List<LaterEditLine> lines(List<LaterEdit> edits) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        return edits.stream().map(e -> new LaterEditLine(names.computeIfAbsent(e.providerId(), id -> app
                        .providerRepository().load(id).map(f -> messages.text("roster.history.provider",
                                f.provider().displayName(), String.valueOf(f.provider().npi()))).orElse(id)),
                fieldLabel(e), e)).toList();
    }

    private String fieldLabel(LaterEdit e) {
        String entity = "providers.entity." + e.entity();
        String field = "providers.field." + e.field();
        return (messages.has(entity) ? messages.text(entity) : e.entity()) + " · "
                + (messages.has(field) ? messages.text(field) : e.field());
    }

    private <T> void run(String title, RosterBackground.Work<T> work, java.util.function.Consumer<? super T> ok) {
        busy.set(true);
        background.run(title, work, r -> {
            busy.set(false);
            ok.accept(r);
        }, e -> {
            busy.set(false);
            error.set(e instanceof LaterEditsException l
                    ? messages.text("roster.history.editedMeanwhile", l.edits().size())
                    : e instanceof RosterFileException ? e.getMessage() : HumanMessage.of(e));
        });
    }

    /** The bundle-key suffix of a scope: its lower-case name. */
    static String key(ExportScope s) {
        return s.name().toLowerCase(java.util.Locale.ROOT);
    }

    public StringProperty templateProperty() {
        return template;
    }

    public ObjectProperty<Path> templateFileProperty() {
        return templateFile;
    }

    public ObjectProperty<ExportScope> scopeProperty() {
        return scope;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObjectProperty<Path> lastFileProperty() {
        return lastFile;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<RosterImportRecord> imports() {
        return imports;
    }
}
