package org.creddesk.ui.providers;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.scene.control.TableCell;
import org.creddesk.domain.ProviderSummary;
import org.creddesk.ui.common.DateText;

/** A provider's next expiry, flagged red when overdue and amber when due within 30 days. */
final class ExpiryCell extends TableCell<ProviderSummary, LocalDate> {
    private final Function<LocalDate, ProviderListViewModel.Urgency> urgency;

    ExpiryCell(Function<LocalDate, ProviderListViewModel.Urgency> urgency) {
        this.urgency = urgency;
    }

    @Override
    protected void updateItem(LocalDate date, boolean empty) {
        super.updateItem(date, empty);
        getStyleClass().removeAll("expiry-overdue", "expiry-soon");
        setText(empty || date == null ? null : DateText.format(date));
        if (!empty && date != null) {
            switch (urgency.apply(date)) {
                case OVERDUE -> getStyleClass().add("expiry-overdue");
                case SOON -> getStyleClass().add("expiry-soon");
                default -> {
                }
            }
        }
    }
}
