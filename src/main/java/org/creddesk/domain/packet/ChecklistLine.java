package org.creddesk.domain.packet;

import java.time.LocalDate;

/** One checklist item as the packet shows it: what, its status, and when it is due (may be null). */
public record ChecklistLine(String item, String status, LocalDate due) {
}
