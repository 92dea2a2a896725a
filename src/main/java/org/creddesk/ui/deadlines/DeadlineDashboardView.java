package org.creddesk.ui.deadlines;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.creddesk.domain.workflow.DeadlineKind;
import org.creddesk.domain.workflow.DeadlineStatus;
import org.creddesk.ui.common.ChoiceText;
import org.creddesk.ui.common.DateText;
import org.creddesk.ui.common.Messages;
import org.creddesk.workflow.Blocker;

/** The deadline dashboard: counts, filters, the list, and done/snooze with what blocks the selected file. */
public final class DeadlineDashboardView {
    private final DeadlineDashboardViewModel model;
    private final Messages messages;
    @FXML
    private Label overdueCount;
    @FXML
    private Label within7Count;
    @FXML
    private Label within30Count;
    @FXML
    private Label within60Count;
    @FXML
    private Label within90Count;
    @FXML
    private ComboBox<DeadlineWindow> window;
    @FXML
    private ComboBox<DeadlineKind> kind;
    @FXML
    private ComboBox<String> coordinator;
    @FXML
    private TableView<DeadlineRow> table;
    @FXML
    private TableColumn<DeadlineRow, String> dueColumn;
    @FXML
    private TableColumn<DeadlineRow, String> statusColumn;
    @FXML
    private TableColumn<DeadlineRow, String> stageColumn;
    @FXML
    private TableColumn<DeadlineRow, String> kindColumn;
    @FXML
    private TableColumn<DeadlineRow, String> providerColumn;
    @FXML
    private TableColumn<DeadlineRow, String> npiColumn;
    @FXML
    private TableColumn<DeadlineRow, String> subjectColumn;
    @FXML
    private TableColumn<DeadlineRow, String> coordinatorColumn;
    @FXML
    private Button doneButton;
    @FXML
    private TextField snoozeUntil;
    @FXML
    private Label snoozeError;
    @FXML
    private TextField snoozeReason;
    @FXML
    private Button snoozeButton;
    @FXML
    private Label notice;
    @FXML
    private Label listNote;
    @FXML
    private ListView<Blocker> blockers;

    private final BiConsumer<String, String> openProvider;
    @FXML
    private Button openProviderButton;

    /** {@code openProvider} opens a provider's workspace (id, section key): the click-through from a deadline. */
    private final Runnable exportSpreadsheet;

    public DeadlineDashboardView(DeadlineDashboardViewModel model, Messages messages,
                                 BiConsumer<String, String> openProvider, Runnable exportSpreadsheet) {
        this.model = model;
        this.messages = messages;
        this.openProvider = openProvider;
        this.exportSpreadsheet = exportSpreadsheet;
    }

    @FXML
    private void initialize() {
        count(overdueCount, "deadlines.count.overdue", model.overdueProperty());
        count(within7Count, "deadlines.count.within7", model.within7Property());
        count(within30Count, "deadlines.count.within30", model.within30Property());
        count(within60Count, "deadlines.count.within60", model.within60Property());
        count(within90Count, "deadlines.count.within90", model.within90Property());
        window.getItems().setAll(DeadlineWindow.values());
        window.setConverter(ChoiceText.of(w -> messages.text(w.textKey()), messages.text("deadlines.window.alerting")));
        window.valueProperty().bindBidirectional(model.windowProperty());
        List<DeadlineKind> kinds = new ArrayList<>();
        kinds.add(null);
        kinds.addAll(List.of(DeadlineKind.values()));
        kind.getItems().setAll(kinds);
        kind.setConverter(ChoiceText.of(DeadlineKind::code, messages.text("deadlines.kind.all")));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        coordinator.setConverter(ChoiceText.of(c -> c, messages.text("deadlines.coordinator.all")));
        model.coordinators().addListener((javafx.collections.ListChangeListener<String>) c -> {
            List<String> all = new ArrayList<>();
            all.add(null);
            all.addAll(model.coordinators());
            coordinator.getItems().setAll(all);
        });
        coordinator.valueProperty().bindBidirectional(model.coordinatorProperty());
        table.setItems(model.rows());
        // The columns fit the table; the subject, last, takes what is left, and cut-off text shows in a tooltip.
        // The kind (the subject names it too) and the NPI are hidden until chosen in the table's column menu.
        table.setColumnResizePolicy(javafx.scene.control.TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        column(dueColumn, r -> DateText.format(r.due()));
        column(statusColumn, r -> messages.text(statusKey(r.status())));
        column(stageColumn, DeadlineRow::stage);
        column(kindColumn, r -> r.tracked().deadline().kind().code());
        column(providerColumn, this::providerText);
        providerColumn.setCellFactory(org.creddesk.ui.common.TextCells.withTooltip(r -> r.exclusion() != null,
                "exclusion-flag"));
        column(npiColumn, r -> r.tracked().npi());
        column(subjectColumn, r -> r.tracked().deadline().subject());
        column(coordinatorColumn, r -> r.tracked().coordinator());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        doneButton.disableProperty().bind(model.selectedProperty().isNull());
        openProviderButton.disableProperty().bind(model.selectedProperty().isNull());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openProvider();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openProvider();
            }
        });
        snoozeUntil.textProperty().bindBidirectional(model.snoozeUntilProperty());
        snoozeReason.textProperty().bindBidirectional(model.snoozeReasonProperty());
        snoozeError.textProperty().bind(model.snoozeErrorProperty());
        snoozeButton.disableProperty().bind(model.canSnooze().not());
        notice.textProperty().bind(model.noticeProperty());
        listNote.textProperty().bind(model.listNoteProperty());
        listNote.visibleProperty().bind(model.listNoteProperty().isNotEmpty());
        listNote.managedProperty().bind(listNote.visibleProperty());
        blockers.setItems(model.blockers());
        blockers.setCellFactory(list -> new ListCell<>() {
            {
                // Long reasons wrap within the panel instead of running off its edge.
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Blocker b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : b.subject() + (b.detail() == null ? "" : ": " + b.detail()));
            }
        });
    }

    /** The provider's name, and "· exclusion hit" / "· excluded" while screening hits hold them. */
    private String providerText(DeadlineRow r) {
        String name = r.tracked().providerName();
        if (r.exclusion() == null) {
            return name;
        }
        return messages.text(r.exclusion().confirmed() ? "providers.list.excluded" : "providers.list.exclusionHit",
                name);
    }

    private static String statusKey(DeadlineStatus s) {
        return switch (s) {
            case OVERDUE -> "deadlines.status.overdue";
            case DUE -> "deadlines.status.due";
            case UPCOMING -> "deadlines.status.upcoming";
        };
    }

    private void count(Label label, String key, javafx.beans.property.IntegerProperty value) {
        label.textProperty().bind(value.asString(messages.text(key) + ": %d"));
    }


    private static void column(TableColumn<DeadlineRow, String> column, Function<DeadlineRow, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setCellFactory(org.creddesk.ui.common.TextCells.withTooltip());
    }

    /** Goes to the selected deadline's provider, at the section where it is acted on. */
    @FXML
    private void openProvider() {
        DeadlineRow row = model.selectedProperty().get();
        if (row != null) {
            openProvider.accept(row.providerId(), DeadlineSections.of(row.tracked().deadline().kind()));
        }
    }

    @FXML
    private void exportSpreadsheet() {
        exportSpreadsheet.run();
    }

    @FXML
    private void markDone() {
        model.markDone();
    }

    @FXML
    private void snooze() {
        model.snooze();
    }
}
