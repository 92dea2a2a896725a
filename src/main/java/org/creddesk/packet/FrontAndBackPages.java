package org.creddesk.packet;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.packet.ChecklistLine;
import org.creddesk.domain.packet.ContentsEntry;
import org.creddesk.domain.packet.Recipient;

/** The short parts the packet writes itself: cover sheet, checklist status and attestation. */
final class FrontAndBackPages {
    static final int MAX_CONTENTS_LINES = 30;
    private FrontAndBackPages() {
    }

    static void cover(PageComposer c, ProviderFile f, Recipient recipient, LocalDate date, String templateName,
                      List<ContentsEntry> contents) throws IOException {
        c.title("Credentialing application packet");
        c.row("Provider", ProfileSection.fullName(f.provider()));
        c.row("NPI", f.provider().npi());
        c.row(recipient.kind() == Recipient.Kind.FACILITY ? "Facility" : "Payer", recipient.name());
        c.row("Date", ProfileSection.date(date));
        c.row("Packet", templateName);
        c.heading("Contents");
        // the cover is one reserved page: a very long contents list ends with a pointer to the bookmarks
        int shown = contents.size() <= MAX_CONTENTS_LINES ? contents.size() : MAX_CONTENTS_LINES - 1;
        for (ContentsEntry e : contents.subList(0, shown)) {
            c.entry(e.title(), e.firstPage() > 0 ? String.valueOf(e.firstPage()) : "not on file", e.level() * 18f);
        }
        if (shown < contents.size()) {
            c.entry("... and " + (contents.size() - shown) + " more entries: see the PDF bookmarks", "", 0);
        }
    }

    static void checklist(PageComposer c, String title, List<ChecklistLine> lines) throws IOException {
        c.newPage();
        c.title(title);
        if (lines.isEmpty()) {
            c.text("No checklist is kept for this provider in CredDesk yet.");
            return;
        }
        for (ChecklistLine l : lines) {
            c.row(l.item(), l.status() + (l.due() == null ? "" : "  due " + ProfileSection.date(l.due())));
        }
    }

    static void attestation(PageComposer c, String title, ProviderFile f) throws IOException {
        c.newPage();
        c.title(title);
        c.text("I, " + ProfileSection.fullName(f.provider()) + " (NPI " + ProfileSection.nz(f.provider().npi())
                + "), attest that the information in this application and its attachments is true, correct and "
                + "complete to the best of my knowledge. I understand that a material omission or misstatement may be "
                + "grounds for denial or termination of participation. I authorize the recipient to verify this "
                + "information with primary sources.");
        c.gap(20);
        c.signatureLine("Signature of practitioner", 300);
        c.signatureLine("Printed name: " + ProfileSection.fullName(f.provider()), 300);
        c.signatureLine("Date (MM/DD/YYYY)", 160);
    }
}
