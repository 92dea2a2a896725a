package org.creddesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.creddesk.domain.workflow.Deadline;
import org.creddesk.domain.workflow.DeadlineKind;
import org.creddesk.domain.workflow.TrackedDeadline;
import org.junit.jupiter.api.Test;

class ICalendarExportTest {
    static TrackedDeadline deadline(String id, String subject) {
        return new TrackedDeadline(id, new Deadline("p1", DeadlineKind.LICENSE, subject, LocalDate.of(2027, 2, 28),
                LocalDate.of(2026, 11, 30), "lic", List.of(90)), "1234567893", "Müller, Anna", "jlee", false, null,
                null, null);
    }

    @Test
    void writesOneAllDayEventPerDeadlineWithCrlfAndAStableUid() {
        String ics = ICalendarExport.write(List.of(deadline("0b6e-1", "MA license 003806")),
                Instant.parse("2026-11-23T10:15:00Z"));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CredDesk//Deadlines//EN\r\n")
                .endsWith("END:VCALENDAR\r\n")
                .contains("\r\nBEGIN:VEVENT\r\nUID:0b6e-1@creddesk\r\nDTSTAMP:20261123T101500Z\r\n"
                        + "DTSTART;VALUE=DATE:20270228\r\nDTEND;VALUE=DATE:20270301\r\n"
                        + "SUMMARY:MA license 003806 (Müller\\, Anna)\r\n")
                .contains("DESCRIPTION:license due 2027-02-28\\nNPI 1234567893\\nCoordinator jlee\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
        assertThat(ICalendarExport.write(List.of(deadline("0b6e-1", "MA license 003806")),
                Instant.parse("2026-11-23T10:15:00Z"))).isEqualTo(ics);
    }

    @Test
    void escapesTextValues() {
        assertThat(ICalendarExport.escape("a;b,c\\d\ne")).isEqualTo("a\\;b\\,c\\\\d\\ne");
    }

    @Test
    void foldsLongLinesAt75OctetsWithoutSplittingCharacters() {
        String subject = "Board certification Émergency Medicine (Américan Board of Émergency Medicine) renewal ü ü ü";
        String ics = ICalendarExport.write(List.of(deadline("x", subject)), Instant.parse("2026-11-23T10:15:00Z"));
        for (String physical : ics.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:" + subject.replace(",", "\\,") + " (Müller\\, Anna)\r\n");
        assertThat(ics).contains("\r\n ");
    }
}
