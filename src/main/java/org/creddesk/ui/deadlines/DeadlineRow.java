package org.creddesk.ui.deadlines;

import java.time.LocalDate;
import org.creddesk.domain.monitoring.ExclusionHold;
import org.creddesk.domain.workflow.DeadlineStatus;
import org.creddesk.domain.workflow.TrackedDeadline;

/**
 * One line of the dashboard as shown on a day: the deadline, its status and alert stage then, and what exclusion
 * screening holds its provider with ({@code exclusion}, null when nothing).
 */
public record DeadlineRow(TrackedDeadline tracked, DeadlineStatus status, String stage, ExclusionHold exclusion) {
    public DeadlineRow(TrackedDeadline tracked, DeadlineStatus status, String stage) {
        this(tracked, status, stage, null);
    }

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
