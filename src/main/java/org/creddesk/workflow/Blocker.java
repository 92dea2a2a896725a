package org.creddesk.workflow;

import java.time.LocalDate;

/** One thing that keeps a provider file from being complete, with what to do about it. */
public record Blocker(Category category, String subject, String detail, LocalDate due, String sourceId) {

    /** In the order to act on them: what already lapsed first, what is merely coming last. */
    public enum Category {
        EXCLUSION_HIT, EXPIRED, VERIFICATION_MISSING, VERIFICATION_STALE, OPEN_ITEM, MISSING_DOCUMENT, WORK_HISTORY_GAP, EXPIRING
    }
}
