package org.creddesk.ui.packet;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.creddesk.domain.ProviderSummary;
import org.creddesk.domain.packet.PacketSnapshot;
import org.creddesk.domain.packet.PacketTemplate;
import org.creddesk.domain.packet.PreflightIssue;
import org.creddesk.domain.packet.Recipient;
import org.creddesk.packet.PacketPages;
import org.creddesk.packet.PacketBatch;
import org.creddesk.packet.PacketService;
import org.creddesk.provider.ProviderService;
import org.creddesk.store.ProviderSort;
import org.creddesk.ui.common.DesktopFiles;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.TaskRunner;

/**
 * The packet screen: pick a provider, template and recipient, run the pre-flight checks, produce the packet (with
 * a reason when issues remain), then preview, print or save any packet kept for the provider.
 */
public final class PacketViewModel {
    private static final int MATCHES = 20;
    private static final float PREVIEW_DPI = 60;
    private static final float PRINT_DPI = 150;

    private final PacketService packets;
    private final ProviderService providers;
    private final PacketPages pages = new PacketPages();
    private final ChangeContext changeContext;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DesktopFiles files;

    private final StringProperty providerQuery = new SimpleStringProperty("");
    private final ObservableList<ProviderSummary> providerMatches = FXCollections.observableArrayList();
    private final ObjectProperty<ProviderSummary> provider = new SimpleObjectProperty<>();
    private final ObservableList<String> templates = FXCollections.observableArrayList();
    private final StringProperty template = new SimpleStringProperty();
    private final StringProperty recipient = new SimpleStringProperty("");
    private final ObjectProperty<Recipient.Kind> recipientKind = new SimpleObjectProperty<>(Recipient.Kind.PAYER);
    private final StringProperty windowDays = new SimpleStringProperty(String.valueOf(Recipient.DEFAULT_WINDOW_DAYS));
    private final StringProperty windowError = new SimpleStringProperty("");
    private final ObservableList<PreflightIssue> issues = FXCollections.observableArrayList();
    private final BooleanProperty checked = new SimpleBooleanProperty(false);
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObservableList<PacketSnapshot> snapshots = FXCollections.observableArrayList();
    private final ObjectProperty<PacketSnapshot> selectedSnapshot = new SimpleObjectProperty<>();
    private final ObjectProperty<BufferedImage> preview = new SimpleObjectProperty<>();
    private final StringProperty notice = new SimpleStringProperty("");

    public PacketViewModel(PacketService packets, ProviderService providers, ChangeContext changeContext,
                           TaskRunner tasks, Messages messages, DesktopFiles files) {
        this.packets = packets;
        this.providers = providers;
        this.changeContext = changeContext;
        this.tasks = tasks;
        this.messages = messages;
        this.files = files;
        windowDays.addListener((o, a, b) -> checkWindow());
        // any change to what the packet is made of makes the last check stale
        provider.addListener((o, a, b) -> {
            stale();
            loadSnapshots();
        });
        template.addListener((o, a, b) -> stale());
        recipient.addListener((o, a, b) -> stale());
        recipientKind.addListener((o, a, b) -> stale());
        windowDays.addListener((o, a, b) -> stale());
        selectedSnapshot.addListener((o, a, b) -> loadPreview(b));
    }

    /** Loads the template names; called when the screen becomes visible. */
    public void activate() {
        tasks.run(p -> packets.templates().stream().map(PacketTemplate::name).toList(), names -> {
            templates.setAll(names);
            if (template.get() == null || !names.contains(template.get())) {
                template.set(names.isEmpty() ? null : names.get(0));
            }
        });
    }

    public void searchProviders() {
        String q = providerQuery.get() == null ? "" : providerQuery.get().strip();
        tasks.run(p -> providers.search(q, false, ProviderSort.NAME, 0, MATCHES), found -> {
            providerMatches.setAll(found);
            if (found.size() == 1) {
                provider.set(found.get(0));
            }
        });
    }

    /** Opens the screen on one provider (from the command palette). */
    public void choose(ProviderSummary summary) {
        providerMatches.setAll(List.of(summary));
        provider.set(summary);
    }

    private void checkWindow() {
        String text = windowDays.get() == null ? "" : windowDays.get().strip();
        windowError.set(text.matches("\\d{1,4}") ? "" : messages.text("packet.window.invalid"));
    }

    private void stale() {
        checked.set(false);
        issues.clear();
    }

    private PacketService.Request request() {
        return new PacketService.Request(provider.get().id(), template.get(),
                new Recipient(recipient.get(), recipientKind.get(), Integer.parseInt(windowDays.get().strip())), List.of());
    }

    public BooleanBinding canCheck() {
        return provider.isNotNull().and(template.isNotNull()).and(windowError.isEmpty());
    }

    public BooleanBinding canProduce() {
        return canCheck().and(checked).and(Bindings.createBooleanBinding(
                () -> issues.isEmpty() || !reason.get().isBlank(), issues, reason));
    }

    /** Runs the pre-flight checks; each issue is shown with its fix. */
    public void check() {
        if (!canCheck().get()) {
            return;
        }
        PacketService.Request request = request();
        tasks.run(p -> packets.preflight(request), pre -> {
            issues.setAll(pre.issues());
            checked.set(true);
            notice.set(pre.issues().isEmpty() ? messages.text("packet.preflight.clear")
                    : messages.text("packet.preflight.issues", pre.issues().size()));
        });
    }

    /** Produces and keeps the packet; with issues, the reason given is recorded with it. */
    public void produce() {
        if (!canProduce().get()) {
            notice.set(messages.text(checked.get() ? "packet.reason.required" : "packet.preflight.first"));
            return;
        }
        PacketService.Request request = request();
        String why = issues.isEmpty() ? null : reason.get();
        tasks.runVisible(messages.text("packet.produce.task"), p -> packets.produce(request, why, changeContext), made -> {
            notice.set(messages.text("packet.produced", made.snapshot().pages()));
            reason.set("");
            loadSnapshots();
            selectedSnapshot.set(made.snapshot());
        });
    }

    private void loadSnapshots() {
        ProviderSummary p = provider.get();
        if (p == null) {
            snapshots.clear();
            return;
        }
        tasks.run(x -> packets.snapshots(p.id()), snapshots::setAll);
    }

    private void loadPreview(PacketSnapshot s) {
        if (s == null) {
            preview.set(null);
            return;
        }
        tasks.run(p -> pages.render(packets.reprint(s.id()), 0, PREVIEW_DPI), preview::set);
    }

    /**
     * Makes the chosen template for every active provider, each kept as a snapshot and written to a folder the
     * person chooses as NPI.pdf; progress and cancel in the status bar. Providers with pre-flight issues are made
     * only when a reason is given (recorded with each), otherwise counted as blocked.
     */
    public void batchAll() {
        if (template.get() == null || !windowError.get().isEmpty()) {
            return;
        }
        Optional<Path> folder = files.chooseFolder();
        if (folder.isEmpty()) {
            return;
        }
        Path dir = folder.get();
        String templateName = template.get();
        Recipient to = new Recipient(recipient.get(), recipientKind.get(), Integer.parseInt(windowDays.get().strip()));
        String why = reason.get() == null || reason.get().isBlank() ? null : reason.get();
        tasks.runVisible(messages.text("packet.batch.task"), p -> {
            List<ProviderSummary> all = providers.search(null, false, ProviderSort.NAME, 0, Integer.MAX_VALUE);
            List<PacketBatch.Line> lines = new PacketBatch(packets).run(all.stream().map(ProviderSummary::id).toList(),
                    templateName, to, List.of(), why, changeContext, p);
            java.util.Map<String, String> npis = new java.util.HashMap<>();
            all.forEach(s -> npis.put(s.id(), s.npi()));
            for (PacketBatch.Line line : lines) {
                if (line.snapshotId() != null) {
                    Files.write(dir.resolve(npis.getOrDefault(line.providerId(), line.providerId()) + ".pdf"),
                            packets.reprint(line.snapshotId()));
                }
            }
            return lines;
        }, lines -> {
            long made = lines.stream().filter(l -> l.outcome() == PacketBatch.Outcome.PRODUCED).count();
            long blocked = lines.stream().filter(l -> l.outcome() == PacketBatch.Outcome.BLOCKED).count();
            long failed = lines.stream().filter(l -> l.outcome() == PacketBatch.Outcome.FAILED).count();
            notice.set(messages.text("packet.batch.done", made, blocked, failed, dir));
            loadSnapshots();
        });
    }

    /** Writes the kept PDF, byte for byte, where the person chooses. */
    public void save(PacketSnapshot s) {
        String name = "packet-" + s.madeAt().toString().substring(0, 10) + ".pdf";
        files.chooseSaveTarget(name).ifPresent(target -> tasks.run(p -> {
            Files.write(target, packets.reprint(s.id()));
            return target;
        }, t -> notice.set(messages.text("packet.saved", t.getFileName()))));
    }

    /** Draws every page for printing in the background, then hands the images to the printer (on the FX thread). */
    public void print(PacketSnapshot s, Consumer<List<BufferedImage>> printer) {
        tasks.runVisible(messages.text("packet.print.task"),
                p -> pages.renderAll(packets.reprint(s.id()), PRINT_DPI, p), printer);
    }

    public StringProperty providerQueryProperty() {
        return providerQuery;
    }

    public ObservableList<ProviderSummary> providerMatches() {
        return providerMatches;
    }

    public ObjectProperty<ProviderSummary> providerProperty() {
        return provider;
    }

    public ObservableList<String> templates() {
        return templates;
    }

    public StringProperty templateProperty() {
        return template;
    }

    public StringProperty recipientProperty() {
        return recipient;
    }

    public ObjectProperty<Recipient.Kind> recipientKindProperty() {
        return recipientKind;
    }

    public StringProperty windowDaysProperty() {
        return windowDays;
    }

    public StringProperty windowErrorProperty() {
        return windowError;
    }

    public ObservableList<PreflightIssue> issues() {
        return issues;
    }

    public BooleanProperty checkedProperty() {
        return checked;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObservableList<PacketSnapshot> snapshots() {
        return snapshots;
    }

    public ObjectProperty<PacketSnapshot> selectedSnapshotProperty() {
        return selectedSnapshot;
    }

    public ObjectProperty<BufferedImage> previewProperty() {
        return preview;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    /** One issue as the list shows it: what is wrong, then the fix. */
    public String describe(PreflightIssue issue) {
        return messages.text("packet.preflight.line", issue.message(), issue.fix());
    }
}
