package org.creddesk.ui.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.creddesk.domain.workflow.LifecycleStage;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.ui.common.ChoiceText;
import org.creddesk.ui.common.Messages;

/**
 * The pipeline board: filters on top, a column (list of cards) per stage, the move form on the right. Keys: Up/Down
 * in a column, Left/Right to the next column, Ctrl+Right/Ctrl+Left to choose the next/previous stage (the cursor goes
 * to the reason, Enter moves), Enter on a card opens the provider's file. Dragging a card to a column chooses that
 * stage the same way.
 */
public final class PipelineView {
    private final PipelineViewModel model;
    private final Messages messages;
    private final Consumer<String> openProvider;
    private final List<ListView<PipelineCardModel>> lists = new ArrayList<>();
    private final List<Label> titles = new ArrayList<>();
    private final List<Label> shownLines = new ArrayList<>();
    @FXML
    private TextField coordinator;
    @FXML
    private ComboBox<Payer> payer;
    @FXML
    private TextField specialty;
    @FXML
    private TextField state;
    @FXML
    private HBox board;
    @FXML
    private Label selectedName;
    @FXML
    private ListView<String> blocks;
    @FXML
    private ComboBox<LifecycleStage> moveTo;
    @FXML
    private TextField reason;
    @FXML
    private Button moveButton;
    @FXML
    private Label notice;

    public PipelineView(PipelineViewModel model, Messages messages, Consumer<String> openProvider) {
        this.model = model;
        this.messages = messages;
        this.openProvider = openProvider;
    }

    @FXML
    private void initialize() {
        coordinator.textProperty().bindBidirectional(model.coordinatorProperty());
        specialty.textProperty().bindBidirectional(model.specialtyProperty());
        state.textProperty().bindBidirectional(model.stateProperty());
        model.payers().addListener((ListChangeListener<Payer>) c -> {
            List<Payer> all = new ArrayList<>();
            all.add(null);
            all.addAll(model.payers());
            payer.getItems().setAll(all);
        });
        payer.setConverter(ChoiceText.of(Payer::name, messages.text("pipeline.filter.anyPayer")));
        payer.valueProperty().bindBidirectional(model.payerProperty());
        for (LifecycleStage stage : LifecycleStage.values()) {
            board.getChildren().add(column(stage));
        }
        model.columns().addListener((ListChangeListener<PipelineColumnModel>) c -> showColumns());
        moveTo.getItems().setAll(LifecycleStage.values());
        moveTo.setConverter(ChoiceText.of(model::stageLabel, ""));
        moveTo.valueProperty().bindBidirectional(model.moveToProperty());
        reason.textProperty().bindBidirectional(model.reasonProperty());
        moveButton.disableProperty().bind(model.canMove().not());
        notice.textProperty().bind(model.noticeProperty());
        blocks.setItems(model.selectedBlocks());
        blocks.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            {
                setPrefWidth(0); // as wide as the panel: long reasons wrap instead of scrolling sideways
                setWrapText(true);
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
            }
        });
        model.selectedProperty().addListener((o, a, b) -> {
            selectedName.setText(b == null ? "" : b.name());
            selectInList(b);
        });
    }

    private VBox column(LifecycleStage stage) {
        Label title = new Label();
        title.getStyleClass().add("pipeline-column-title");
        Label shown = new Label();
        shown.getStyleClass().add("pipeline-column-shown");
        shown.setWrapText(true);
        title.setWrapText(true);
        ListView<PipelineCardModel> list = new ListView<>();
        list.setId("pipeline-" + stage.name().toLowerCase());
        list.getStyleClass().add("pipeline-column-list");
        list.setCellFactory(l -> new PipelineCardCell());
        list.setPlaceholder(new Label(messages.text("pipeline.column.empty")));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedProperty().set(b);
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> keyOnCard(e, list));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                openProvider.accept(list.getSelectionModel().getSelectedItem().providerId());
            }
        });
        list.setOnDragOver(e -> {
            if (e.getGestureSource() != list && e.getDragboard().hasString()) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        list.setOnDragDropped(e -> {
            PipelineCardModel card = find(e.getDragboard().getString());
            if (card != null) {
                model.prepareMove(card, stage);
                reason.requestFocus();
            }
            e.setDropCompleted(card != null);
            e.consume();
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setPrefWidth(100); // every column the same width, whatever its cards hold
        list.setMinWidth(0);
        VBox box = new VBox(4, title, list, shown);
        box.getStyleClass().add("pipeline-column");
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMinWidth(120);
        box.setPrefWidth(140);
        lists.add(list);
        titles.add(title);
        shownLines.add(shown);
        return box;
    }

    private void keyOnCard(KeyEvent e, ListView<PipelineCardModel> list) {
        PipelineCardModel card = list.getSelectionModel().getSelectedItem();
        int index = lists.indexOf(list);
        if (e.getCode() == KeyCode.ENTER && card != null) {
            openProvider.accept(card.providerId());
            e.consume();
        } else if ((e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.LEFT) && e.isShortcutDown()) {
            if (card != null) {
                model.selectedProperty().set(card);
                model.step(e.getCode() == KeyCode.RIGHT ? 1 : -1);
                reason.requestFocus();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.LEFT) {
            int next = index + (e.getCode() == KeyCode.RIGHT ? 1 : -1);
            if (next >= 0 && next < lists.size()) {
                ListView<PipelineCardModel> target = lists.get(next);
                target.requestFocus();
                if (target.getSelectionModel().isEmpty() && !target.getItems().isEmpty()) {
                    target.getSelectionModel().select(0);
                }
            }
            e.consume();
        }
    }

    private PipelineCardModel find(String providerId) {
        for (ListView<PipelineCardModel> list : lists) {
            for (PipelineCardModel c : list.getItems()) {
                if (c.providerId().equals(providerId)) {
                    return c;
                }
            }
        }
        return null;
    }

    private void showColumns() {
        PipelineCardModel selected = model.selectedProperty().get();
        for (PipelineColumnModel c : model.columns()) {
            int i = c.stage().ordinal();
            titles.get(i).setText(c.title());
            shownLines.get(i).setText(c.shownLine());
            shownLines.get(i).setVisible(!c.shownLine().isEmpty());
            lists.get(i).getItems().setAll(c.cards());
        }
        selectInList(selected);
    }

    /** Selects the card of the same provider (a reload makes new card objects) in its column. */
    private void selectInList(PipelineCardModel card) {
        if (card == null) {
            return;
        }
        for (ListView<PipelineCardModel> list : lists) {
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).providerId().equals(card.providerId())) {
                    if (list.getSelectionModel().getSelectedIndex() != i) {
                        list.getSelectionModel().select(i);
                    }
                    return;
                }
            }
        }
    }

    /** Puts the cursor in the first column with cards (the board's keyboard entry point). */
    public void focusBoard() {
        for (ListView<PipelineCardModel> list : lists) {
            if (!list.getItems().isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().select(0);
                }
                return;
            }
        }
    }

    @FXML
    private void refresh() {
        model.refresh();
    }

    @FXML
    private void move() {
        model.move();
    }
}
