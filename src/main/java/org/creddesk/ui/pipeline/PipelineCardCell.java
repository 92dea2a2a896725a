package org.creddesk.ui.pipeline;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;

/** A provider's card: name, specialty, days in the stage (marked past the expected days), what blocks; draggable. */
final class PipelineCardCell extends ListCell<PipelineCardModel> {
    static final String OVERDUE = "pipeline-card-overdue";
    private final Label name = new Label();
    private final Label specialty = new Label();
    private final Label days = new Label();
    private final Label blocks = new Label();
    private final VBox box = new VBox(2, name, specialty, days, blocks);

    PipelineCardCell() {
        box.getStyleClass().add("pipeline-card");
        name.getStyleClass().add("pipeline-card-name");
        specialty.getStyleClass().add("pipeline-card-detail");
        days.getStyleClass().add("pipeline-card-days");
        blocks.getStyleClass().add("pipeline-card-blocks");
        for (Label l : new Label[] {name, specialty, days, blocks}) {
            l.setMaxWidth(Double.MAX_VALUE);
            l.setMinWidth(0);
            l.setWrapText(true);
        }
        // a cell as wide as its column (no sideways scrolling): its labels wrap instead
        setPrefWidth(0);
        setOnDragDetected(e -> {
            if (getItem() != null) {
                ClipboardContent content = new ClipboardContent();
                content.putString(getItem().providerId());
                startDragAndDrop(TransferMode.MOVE).setContent(content);
                e.consume();
            }
        });
    }

    @Override
    protected void updateItem(PipelineCardModel card, boolean empty) {
        super.updateItem(card, empty);
        box.getStyleClass().remove(OVERDUE);
        if (empty || card == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        name.setText(card.name());
        specialty.setText(card.specialty());
        days.setText(card.days());
        blocks.setText(card.blocksLine());
        blocks.setVisible(!card.blocksLine().isEmpty());
        blocks.setManaged(blocks.isVisible());
        if (card.overdue()) {
            box.getStyleClass().add(OVERDUE);
        }
        setText(null);
        setGraphic(box);
    }
}
