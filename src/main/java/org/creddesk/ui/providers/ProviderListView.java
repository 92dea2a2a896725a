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
import org.creddesk.store.ProviderSort;
import org.creddesk.ui.common.Messages;

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
        text(statusColumn, s -> messages.text("providers.status." + s.status().name()));
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
        if (first == npiColumn) {
            return descending ? ProviderSort.NPI_DESC : ProviderSort.NPI;
        }
        return descending ? ProviderSort.NAME_DESC : ProviderSort.NAME;
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
