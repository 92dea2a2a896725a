package org.creddesk.ui.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import org.creddesk.domain.workflow.DeadlineKind;
import org.junit.jupiter.api.Test;

/** A deadline opens its provider where it is acted on: enrollment follow-ups and decisions at the Enrollments. */
class DeadlineSectionsTest {
    @Test
    void enrollmentDeadlinesOpenTheEnrollmentsSection() {
        assertThat(DeadlineSections.of(DeadlineKind.FOLLOW_UP)).isEqualTo("providers.section.enrollments");
        assertThat(DeadlineSections.of(DeadlineKind.ENROLLMENT)).isEqualTo("providers.section.enrollments");
        assertThat(DeadlineSections.of(DeadlineKind.LICENSE)).isEqualTo("providers.section.licenses");
    }
}
