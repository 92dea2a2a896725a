package org.creddesk.ui.enrollments;

import org.creddesk.domain.workflow.EnrollmentFlag;
import org.creddesk.domain.workflow.EnrollmentStatus;
import org.creddesk.domain.workflow.FollowUpChannel;
import org.creddesk.domain.workflow.PayerKind;

/** The bundle key of each enrollment status, flag and channel, written out so the i18n test can see them. */
final class EnrollmentTexts {
    private EnrollmentTexts() {
    }

    static String key(EnrollmentStatus s) {
        return switch (s) {
            case NOT_STARTED -> "enrollments.status.not_started";
            case GATHERING -> "enrollments.status.gathering";
            case SUBMITTED -> "enrollments.status.submitted";
            case IN_PROCESS -> "enrollments.status.in_process";
            case INFORMATION_REQUESTED -> "enrollments.status.information_requested";
            case APPROVED -> "enrollments.status.approved";
            case DENIED -> "enrollments.status.denied";
            case WITHDRAWN -> "enrollments.status.withdrawn";
        };
    }

    static String key(EnrollmentFlag f) {
        return switch (f) {
            case PAST_EXPECTED_DECISION -> "enrollments.flag.past_expected_decision";
            case FOLLOW_UP_OVERDUE -> "enrollments.flag.follow_up_overdue";
            case NO_NOTE_RECENTLY -> "enrollments.flag.no_note_recently";
            case EXCLUSION_HIT -> "enrollments.flag.exclusion_hit";
        };
    }

    static String key(FollowUpChannel c) {
        return switch (c) {
            case CALL -> "enrollments.channel.call";
            case PORTAL -> "enrollments.channel.portal";
            case EMAIL -> "enrollments.channel.email";
            case FAX -> "enrollments.channel.fax";
            case LETTER -> "enrollments.channel.letter";
        };
    }

    static String key(PayerKind k) {
        return switch (k) {
            case MEDICARE -> "enrollments.payerKind.medicare";
            case MEDICAID -> "enrollments.payerKind.medicaid";
            case COMMERCIAL -> "enrollments.payerKind.commercial";
        };
    }
}
