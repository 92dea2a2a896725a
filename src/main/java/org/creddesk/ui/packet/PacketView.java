package org.creddesk.ui.packet;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import org.creddesk.domain.ProviderSummary;
import org.creddesk.domain.packet.PacketSnapshot;
import org.creddesk.domain.packet.PreflightIssue;
import org.creddesk.domain.packet.Recipient;
import org.creddesk.ui.common.ChoiceText;
import org.creddesk.ui.common.Messages;

/** The packet screen's controls bound to {@link PacketViewModel}; printing goes through JavaFX's PrinterJob. */
public final class PacketView {
    private final PacketViewModel model;
    private final Messages messages;
    @FXML private TextField providerQuery;
    @FXML private ComboBox<ProviderSummary> provider;
    @FXML private ComboBox<String> template;
    @FXML private TextField recipient;
    @FXML private ChoiceBox<Recipient.Kind> kind;
    @FXML private TextField window;
    @FXML private Label windowError;
    @FXML private Button checkButton;
    @FXML private ListView<PreflightIssue> issues;
    @FXML private TextField reason;
    @FXML private Button produceButton;
    @FXML private Button batchButton;
    @FXML private Label notice;
    @FXML private TableView<PacketSnapshot> snapshots;
    @FXML private TableColumn<PacketSnapshot, String> madeAtColumn;
    @FXML private TableColumn<PacketSnapshot, String> recipientColumn;
    @FXML private TableColumn<PacketSnapshot, String> templateColumn;
    @FXML private TableColumn<PacketSnapshot, String> pagesColumn;
    @FXML private TableColumn<PacketSnapshot, String> madeByColumn;
    @FXML private TableColumn<PacketSnapshot, String> reasonColumn;
    @FXML private Button saveButton;
    @FXML private Button printButton;
    @FXML private ImageView preview;

    public PacketView(PacketViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        providerQuery.textProperty().bindBidirectional(model.providerQueryProperty());
        providerQuery.setOnAction(e -> model.searchProviders());
        provider.setItems(model.providerMatches());
        provider.setConverter(ChoiceText.of(s -> s.lastName() + ", " + s.firstName() + "  (" + s.npi() + ")", ""));
        provider.valueProperty().bindBidirectional(model.providerProperty());
        template.setItems(model.templates());
        template.valueProperty().bindBidirectional(model.templateProperty());
        recipient.textProperty().bindBidirectional(model.recipientProperty());
        kind.getItems().setAll(Recipient.Kind.values());
        kind.setConverter(ChoiceText.of(k -> messages.text("packet.kind." + k.name()), ""));
        kind.valueProperty().bindBidirectional(model.recipientKindProperty());
        window.textProperty().bindBidirectional(model.windowDaysProperty());
        windowError.textProperty().bind(model.windowErrorProperty());
        checkButton.disableProperty().bind(model.canCheck().not());
        issues.setItems(model.issues());
        issues.setCellFactory(l -> new ListCell<>() {
            {
                // Wrap within the list's width instead of scrolling sideways.
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(PreflightIssue item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.describe(item));
            }
        });
        reason.textProperty().bindBidirectional(model.reasonProperty());
        produceButton.disableProperty().bind(model.canProduce().not());
        batchButton.disableProperty().bind(model.templateProperty().isNull().or(model.windowErrorProperty().isNotEmpty()));
        notice.textProperty().bind(model.noticeProperty());
        snapshots.setItems(model.snapshots());
        column(madeAtColumn, s -> org.creddesk.domain.ShownDates.format(s.madeAt()));
        column(recipientColumn, PacketSnapshot::recipient);
        column(templateColumn, PacketSnapshot::templateName);
        column(pagesColumn, s -> String.valueOf(s.pages()));
        column(madeByColumn, PacketSnapshot::madeBy);
        column(reasonColumn, PacketSnapshot::overrideReason);
        snapshots.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedSnapshotProperty().set(b));
        model.selectedSnapshotProperty().addListener((o, a, b) -> snapshots.getSelectionModel().select(b));
        saveButton.disableProperty().bind(model.selectedSnapshotProperty().isNull());
        printButton.disableProperty().bind(model.selectedSnapshotProperty().isNull());
        model.previewProperty().addListener((o, a, img) -> preview.setImage(img == null ? null : SwingFXUtils.toFXImage(img, null)));
    }

    @FXML
    private void check() {
        model.check();
    }

    @FXML
    private void produce() {
        model.produce();
    }

    @FXML
    private void batch() {
        model.batchAll();
    }

    @FXML
    private void save() {
        model.save(model.selectedSnapshotProperty().get());
    }

    @FXML
    private void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null || !job.showPrintDialog(snapshots.getScene().getWindow())) {
            return;
        }
        model.print(model.selectedSnapshotProperty().get(), pages -> {
            if (!PacketPrinter.print(job, pages)) {
                model.noticeProperty().set(messages.text("packet.print.failed"));
            }
        });
    }

    private static <T> void column(TableColumn<T, String> column, Function<T, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue() == null ? "" : value.apply(c.getValue())));
    }

}
