package org.creddesk.ui.providers;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.creddesk.domain.monitoring.ScreeningResult;
import org.creddesk.monitoring.ScreeningService;
import org.creddesk.ui.common.DateText;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.TaskRunner;

/** The workspace header's line on exclusion screening: last screened (and what it found), next screening due. */
public final class ScreeningStatusModel {
    private final ScreeningService screening;
    private final TaskRunner tasks;
    private final Messages messages;
    private final java.time.Clock clock;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty style = new SimpleStringProperty("muted");

    public ScreeningStatusModel(ScreeningService screening, TaskRunner tasks, Messages messages, java.time.Clock clock) {
        this.screening = screening;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
    }

    private record Status(Optional<LocalDate> last, LocalDate next, Optional<ScreeningResult> result) {
    }

    public void load(String providerId) {
        text.set("");
        tasks.run(p -> new Status(screening.lastScreened(providerId), screening.nextScreeningDue(providerId),
                screening.latestResult(providerId)), this::show);
    }

    public void clear() {
        text.set(messages.text("providers.screening.notSaved"));
        style.set("muted");
    }

    private void show(Status s) {
        boolean overdue = s.next().isBefore(LocalDate.now(clock));
        String next = messages.text(overdue ? "providers.screening.overdue" : "providers.screening.next",
                DateText.format(s.next()));
        String last = s.last().map(d -> s.result().map(r -> messages.text("providers.screening.lastWithResult",
                        DateText.format(d), messages.text("providers.screening.result." + r.name())))
                        .orElse(messages.text("providers.screening.last", DateText.format(d))))
                .orElse(messages.text("providers.screening.never"));
        text.set(messages.text("providers.screening.line", last, next));
        boolean attention = overdue || s.result().filter(r -> !r.verifies()).isPresent();
        style.set(attention ? "field-error" : "muted");
    }

    public StringProperty textProperty() {
        return text;
    }

    /** "field-error" when screening is overdue or a hit waits or was confirmed, else "muted". */
    public StringProperty styleProperty() {
        return style;
    }
}
