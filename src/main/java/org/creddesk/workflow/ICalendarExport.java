package org.creddesk.workflow;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.creddesk.domain.workflow.TrackedDeadline;

/**
 * Deadlines as an iCalendar file (RFC 5545) a calendar app can import or subscribe to: one all-day VEVENT per
 * deadline on its due date, with a UID that stays the same for the same deadline so re-exports update events
 * instead of duplicating them. CRLF line endings, lines folded at 75 octets, text values escaped.
 */
public final class ICalendarExport {
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private ICalendarExport() {
    }

    public static String write(List<TrackedDeadline> deadlines, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//CredDesk//Deadlines//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:CredDesk deadlines");
        for (TrackedDeadline t : deadlines) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + t.id() + "@creddesk");
            line(out, "DTSTAMP:" + STAMP.format(stamp));
            line(out, "DTSTART;VALUE=DATE:" + BASIC_DATE.format(t.deadline().due()));
            line(out, "DTEND;VALUE=DATE:" + BASIC_DATE.format(t.deadline().due().plusDays(1)));
            line(out, "SUMMARY:" + escape(t.deadline().subject() + " (" + t.providerName() + ")"));
            line(out, "DESCRIPTION:" + escape(t.deadline().kind().code() + " due " + t.deadline().due()
                    + "\nNPI " + (t.npi() == null ? "-" : t.npi())
                    + (t.coordinator() == null ? "" : "\nCoordinator " + t.coordinator())));
            line(out, "CATEGORIES:" + escape(t.deadline().kind().code()));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT escaping of RFC 5545 section 3.3.11. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case ';' -> sb.append("\\;");
                case ',' -> sb.append("\\,");
                case '\n' -> sb.append("\\n");
                case '\r' -> { }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Appends a content line folded so no physical line exceeds 75 octets, never splitting a UTF-8 character. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space of a continuation line counts
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
