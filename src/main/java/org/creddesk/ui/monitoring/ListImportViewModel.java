package org.creddesk.ui.monitoring;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Progress;
import org.creddesk.monitoring.ListFileException;
import org.creddesk.monitoring.ScreeningService;
import org.creddesk.monitoring.SuspectListException;
import org.creddesk.ui.common.DesktopFiles;
import org.creddesk.ui.common.HumanMessage;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.TaskRunner;

/**
 * "Import list…": choose a LEIE or SAM file, see what its header says it is, say when it was downloaded, then
 * import it and screen everyone in the background (progress and cancel in the status bar).
 */
public final class ListImportViewModel {
    private final ScreeningService screening;
    private final ChangeContext ctx;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DesktopFiles files;
    private final Runnable afterScreening;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<ScreeningService.Detected> detected = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> downloadedOn;
    private final StringProperty fileText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty error = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<SuspectListException> confirmation = new SimpleObjectProperty<>();
    private final BooleanBinding canImport;

    /** {@code afterScreening}: what to refresh once the file is imported and everyone screened (the queue). */
    public ListImportViewModel(ScreeningService screening, ChangeContext ctx, TaskRunner tasks, Messages messages,
                               DesktopFiles files, LocalDate today, Runnable afterScreening) {
        this.screening = screening;
        this.ctx = ctx;
        this.tasks = tasks;
        this.messages = messages;
        this.files = files;
        this.afterScreening = afterScreening;
        this.downloadedOn = new SimpleObjectProperty<>(today);
        canImport = Bindings.createBooleanBinding(() -> detected.get() != null && downloadedOn.get() != null
                && !busy.get(), detected, downloadedOn, busy);
    }

    /** Asks for a file, then reads its header in the background and shows which list it is (or why not). */
    public void chooseFile() {
        files.chooseListFile().ifPresent(this::inspect);
    }

    void inspect(Path chosen) {
        confirmation.set(null);
        file.set(chosen);
        detected.set(null);
        fileText.set(chosen.getFileName().toString());
        say(messages.text("screening.import.reading"), false);
        tasks.run(p -> screening.detect(chosen), d -> {
            detected.set(d);
            say(messages.text("screening.import.detected", d.layout(),
                    messages.text("screening.import.kind." + d.kind().name())), false);
        }, failure -> say(text(failure), true));
    }

    /** Imports the chosen file with its download date, then screens every active provider. */
    public void importAndScreen() {
        importAndScreen(null);
    }

    /**
     * After a refusal ({@link #confirmationProperty()}): imports the file anyway, with the person's reason kept in
     * the change log; a blank reason changes nothing.
     */
    public void confirmAndImport(String reason) {
        if (confirmation.get() == null || reason == null || reason.isBlank()) {
            return;
        }
        confirmation.set(null);
        importAndScreen(reason.strip());
    }

    /** The person chose not to import the file that did not look whole. */
    public void declineConfirmation() {
        confirmation.set(null);
    }

    private void importAndScreen(String confirmReason) {
        if (!canImport.get()) {
            say(messages.text("screening.import.chooseFirst"), true);
            return;
        }
        Path chosen = file.get();
        LocalDate on = downloadedOn.get();
        busy.set(true);
        tasks.runVisible(messages.text("screening.import.title", chosen.getFileName().toString()), p -> {
            ScreeningService.ImportResult imported = null;
            try {
                imported = screening.importList(chosen, null, on, confirmReason, ctx, p);
                return new Done(imported, screening.screenAll(ctx, p));
            } catch (Progress.CancelledException e) {
                // Each step is one transaction: a cancelled step left nothing behind.
                return new Done(imported, null);
            }
        }, done -> {
            busy.set(false);
            if (done.screened() == null) {
                say(messages.text(done.imported() == null ? "screening.import.cancelled"
                        : "screening.import.screeningCancelled"), false);
                afterScreening.run();
                return;
            }
            detected.set(null);
            String text = messages.text("screening.import.done", done.imported().version().fileName(),
                    done.imported().version().rowCount(), done.imported().rowsRefused(),
                    done.screened().run().providersScreened(), done.screened().run().hits(),
                    done.screened().run().newHits());
            if (!done.imported().confirmedConcerns().isEmpty()) {
                text = text + " " + messages.text("screening.import.confirmedDespite", confirmReason,
                        String.join("; ", done.imported().confirmedConcerns()));
            }
            say(text, false);
            afterScreening.run();
        }, failure -> {
            busy.set(false);
            say(text(failure), true);
            if (failure instanceof SuspectListException suspect) {
                confirmation.set(suspect);
            }
        });
    }

    private record Done(ScreeningService.ImportResult imported, ScreeningService.Outcome screened) {
    }

    private String text(Throwable failure) {
        return failure instanceof ListFileException ? failure.getMessage()
                : messages.text("screening.import.failed", HumanMessage.of(failure));
    }

    private void say(String text, boolean isError) {
        message.set(text);
        error.set(isError);
    }

    public ObjectProperty<LocalDate> downloadedOnProperty() {
        return downloadedOn;
    }

    public StringProperty fileTextProperty() {
        return fileText;
    }

    /** What the file is, what the import did, or what is wrong with the file. */
    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /**
     * A file just refused because it does not look whole (cut short, mostly unreadable, far shorter than the last
     * full list): the window asks whether to import it anyway, with a reason. Null when nothing is to confirm.
     */
    public ObjectProperty<SuspectListException> confirmationProperty() {
        return confirmation;
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }
}
