package org.creddesk.ui.providers;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.creddesk.domain.ProviderSummary;
import org.creddesk.domain.monitoring.ExclusionHold;
import org.creddesk.store.ProviderSort;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.TextCells;

/** The provider list: search field, "show retired", and a virtualized table sorted by the database. */
public final class ProviderListView {
    private final ProviderListViewModel model;
    private final Messages messages;
    private final Consumer<String> open;
    private final Runnable newProvider;
    @FXML
    private TextField search;
    @FXML
    private CheckBox showRetired;
    @FXML
    private Label matches;
    @FXML
    private TableView<ProviderSummary> table;
    @FXML
    private TableColumn<ProviderSummary, String> nameColumn;
    @FXML
    private TableColumn<ProviderSummary, String> npiColumn;
    @FXML
    private TableColumn<ProviderSummary, String> degreeColumn;
    @FXML
    private TableColumn<ProviderSummary, String> taxonomyColumn;
    @FXML
    private TableColumn<ProviderSummary, String> stateColumn;
    @FXML
    private TableColumn<ProviderSummary, LocalDate> expiryColumn;
    @FXML
    private TableColumn<ProviderSummary, String> statusColumn;
    @FXML
    private TableColumn<ProviderSummary, String> checklistColumn;

    public ProviderListView(ProviderListViewModel model, Messages messages, Consumer<String> open,
                            Runnable newProvider) {
        this.model = model;
        this.messages = messages;
        this.open = open;
        this.newProvider = newProvider;
    }

    @FXML
    private void initialize() {
        search.textProperty().bindBidirectional(model.searchTextProperty());
        showRetired.selectedProperty().bindBidirectional(model.showRetiredProperty());
        matches.textProperty().bind(Bindings.createStringBinding(() -> messages.text("providers.list.matches",
                model.matchesProperty().get()), model.matchesProperty()));
        table.setItems(model.rows());
        text(nameColumn, s -> s.lastName() + ", " + s.firstName());
        text(npiColumn, ProviderSummary::npi);
        text(degreeColumn, ProviderSummary::degree);
        text(taxonomyColumn, model::taxonomyOf);
        text(stateColumn, ProviderSummary::state);
        text(statusColumn, this::statusText);
        statusColumn.setCellFactory(TextCells.withTooltip(s -> model.exclusionHold(s) != null, "exclusion-flag"));
        text(checklistColumn, model::progressOf);
        expiryColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue() == null ? null : c.getValue().nextExpiry()));
        expiryColumn.setCellFactory(c -> new ExpiryCell(model::urgency));
        table.setSortPolicy(t -> {
            model.sortProperty().set(sortFor(t));
            return true;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                if (e.getCode() == KeyCode.ENTER && table.getItems().size() == 1) {
                    openSelected();
                }
            }
        });
    }

    private ProviderSort sortFor(TableView<ProviderSummary> t) {
        if (t.getSortOrder().isEmpty()) {
            return ProviderSort.NAME;
        }
        TableColumn<ProviderSummary, ?> first = t.getSortOrder().get(0);
        boolean descending = first.getSortType() == TableColumn.SortType.DESCENDING;
        ProviderSort[] ascendingAndDescending = first == npiColumn ? new ProviderSort[] {ProviderSort.NPI, ProviderSort.NPI_DESC}
                : first == degreeColumn ? new ProviderSort[] {ProviderSort.DEGREE, ProviderSort.DEGREE_DESC}
                : first == taxonomyColumn ? new ProviderSort[] {ProviderSort.TAXONOMY, ProviderSort.TAXONOMY_DESC}
                : first == stateColumn ? new ProviderSort[] {ProviderSort.STATE, ProviderSort.STATE_DESC}
                : first == expiryColumn ? new ProviderSort[] {ProviderSort.NEXT_EXPIRY, ProviderSort.NEXT_EXPIRY_DESC}
                : first == statusColumn ? new ProviderSort[] {ProviderSort.STATUS, ProviderSort.STATUS_DESC}
                : first == checklistColumn ? new ProviderSort[] {ProviderSort.CHECKLIST, ProviderSort.CHECKLIST_DESC}
                : new ProviderSort[] {ProviderSort.NAME, ProviderSort.NAME_DESC};
        return ascendingAndDescending[descending ? 1 : 0];
    }

    /** "Active", or "Active · exclusion hit" / "Active · excluded" while screening hits hold the provider. */
    private String statusText(ProviderSummary s) {
        String status = messages.text("providers.status." + s.status().name());
        ExclusionHold hold = model.exclusionHold(s);
        if (hold == null) {
            return status;
        }
        return messages.text(hold.confirmed() ? "providers.list.excluded" : "providers.list.exclusionHit", status);
    }

    private static void text(TableColumn<ProviderSummary, String> column, Function<ProviderSummary, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue() == null ? "" : value.apply(c.getValue())));
    }

    private void openSelected() {
        ProviderSummary s = table.getSelectionModel().getSelectedItem();
        if (s != null) {
            open.accept(s.id());
        }
    }

    @FXML
    private void newProvider() {
        newProvider.run();
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
