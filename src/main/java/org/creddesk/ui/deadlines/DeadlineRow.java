package org.creddesk.ui.deadlines;

import java.time.LocalDate;
import org.creddesk.domain.workflow.DeadlineStatus;
import org.creddesk.domain.workflow.TrackedDeadline;

/** One line of the dashboard as shown on a day: the deadline, its status and alert stage then. */
public record DeadlineRow(TrackedDeadline tracked, DeadlineStatus status, String stage) {
    public String id() {
        return tracked.id();
    }

    public LocalDate due() {
        return tracked.deadline().due();
    }

    public String providerId() {
        return tracked.deadline().providerId();
    }
}
