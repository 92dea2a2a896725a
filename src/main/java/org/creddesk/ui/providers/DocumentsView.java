package org.creddesk.ui.providers;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.creddesk.domain.Document;
import org.creddesk.ui.common.DateText;

/** The documents section: the attached files, open/export, and the small form to attach another one. */
public final class DocumentsView {
    private final DocumentsViewModel model;
    @FXML
    private TableView<Document> table;
    @FXML
    private TableColumn<Document, String> typeColumn;
    @FXML
    private TableColumn<Document, String> fileColumn;
    @FXML
    private TableColumn<Document, String> credentialColumn;
    @FXML
    private TableColumn<Document, String> issuedColumn;
    @FXML
    private TableColumn<Document, String> expiresColumn;
    @FXML
    private Button openButton;
    @FXML
    private Button exportButton;
    @FXML
    private TextField type;
    @FXML
    private ComboBox<CredentialChoice> credential;
    @FXML
    private TextField issued;
    @FXML
    private TextField expires;
    @FXML
    private Label datesError;
    @FXML
    private Button attachButton;
    @FXML
    private Label notice;

    public DocumentsView(DocumentsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        table.setItems(model.items());
        column(typeColumn, Document::type);
        column(fileColumn, Document::fileName);
        column(credentialColumn, d -> model.credentialLabel(d.credentialId()));
        column(issuedColumn, d -> date(d.issued()));
        column(expiresColumn, d -> date(d.expires()));
        openButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        exportButton.disableProperty().bind(openButton.disableProperty());
        type.textProperty().bindBidirectional(model.typeProperty());
        credential.setItems(model.credentials());
        credential.valueProperty().bindBidirectional(model.credentialProperty());
        issued.textProperty().bindBidirectional(model.issuedProperty());
        expires.textProperty().bindBidirectional(model.expiresProperty());
        datesError.textProperty().bind(model.datesErrorProperty());
        attachButton.disableProperty().bind(model.canAttach().not());
        notice.textProperty().bind(model.noticeProperty());
    }

    private static String date(LocalDate d) {
        return DateText.format(d);
    }

    private static void column(TableColumn<Document, String> column, Function<Document, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
    }

    @FXML
    private void open() {
        Document d = table.getSelectionModel().getSelectedItem();
        if (d != null) {
            model.open(d);
        }
    }

    @FXML
    private void export() {
        Document d = table.getSelectionModel().getSelectedItem();
        if (d != null) {
            model.export(d);
        }
    }

    @FXML
    private void attach() {
        model.attach();
    }
}
