package org.creddesk.ui.packet;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.StringConverter;
import org.creddesk.domain.packet.StoredForm;

/** The form mapping editor's controls bound to {@link FormMappingViewModel}. */
public final class FormMappingView {
    private final FormMappingViewModel model;
    @FXML private ComboBox<StoredForm> forms;
    @FXML private TextField formName;
    @FXML private ListView<String> changes;
    @FXML private TableView<MappingRow> rows;
    @FXML private TableColumn<MappingRow, String> fieldColumn;
    @FXML private TableColumn<MappingRow, String> kindColumn;
    @FXML private TableColumn<MappingRow, String> optionsColumn;
    @FXML private TableColumn<MappingRow, String> templateColumn;
    @FXML private TableColumn<MappingRow, String> problemColumn;
    @FXML private Label notice;

    public FormMappingView(FormMappingViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        forms.setItems(model.storedForms());
        forms.setConverter(new StringConverter<>() {
            @Override
            public String toString(StoredForm f) {
                return f == null ? "" : f.name() + "  (" + f.fileName() + ")";
            }

            @Override
            public StoredForm fromString(String s) {
                return null;
            }
        });
        forms.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != model.formProperty().get()) {
                model.open(b);
            }
        });
        formName.textProperty().bindBidirectional(model.formNameProperty());
        changes.setItems(model.changes());
        rows.setItems(model.rows());
        column(fieldColumn, r -> r.field().name());
        column(kindColumn, r -> r.field().kind().name());
        column(optionsColumn, r -> String.join(", ", r.field().options()));
        templateColumn.setCellValueFactory(c -> c.getValue().templateProperty());
        templateColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        problemColumn.setCellValueFactory(c -> c.getValue().problemProperty());
        notice.textProperty().bind(model.noticeProperty());
    }

    @FXML
    private void importForm() {
        model.importForm();
    }

    @FXML
    private void save() {
        model.save();
    }

    private static void column(TableColumn<MappingRow, String> column, Function<MappingRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }
}
