package org.creddesk.packet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.creddesk.domain.packet.ContentsEntry;

/** Remembers where each part and item starts, then writes the contents, bookmarks and page footers. */
final class PacketLayout {
    private final PDDocument doc;
    private final List<Mark> marks = new ArrayList<>();

    private record Mark(String title, int level, int start) {
    }

    PacketLayout(PDDocument doc) {
        this.doc = doc;
    }

    void part(String title, int startIndex) {
        marks.add(new Mark(title, 0, startIndex));
    }

    void item(String title, int startIndex) {
        marks.add(new Mark(title, 1, startIndex));
    }

    void missing(String title) {
        marks.add(new Mark(title + " (not on file)", 1, -1));
    }

    /** The contents with 1-based page numbers; an entry without pages has first page 0. */
    List<ContentsEntry> contents() {
        int total = doc.getNumberOfPages();
        List<ContentsEntry> result = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            Mark m = marks.get(i);
            if (m.start() < 0) {
                result.add(new ContentsEntry(m.title(), m.level(), 0, 0));
                continue;
            }
            int end = total;
            for (int j = i + 1; j < marks.size(); j++) {
                Mark next = marks.get(j);
                if (next.start() >= 0 && next.level() <= m.level()) {
                    end = next.start();
                    break;
                }
            }
            int count = end - m.start();
            result.add(new ContentsEntry(m.title(), m.level(), count > 0 ? m.start() + 1 : 0, Math.max(count, 0)));
        }
        return result;
    }

    void bookmarks() {
        PDDocumentOutline outline = new PDDocumentOutline();
        PDOutlineItem currentPart = null;
        for (ContentsEntry e : contents()) {
            if (e.firstPage() == 0) {
                continue;
            }
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(e.title());
            item.setDestination(doc.getPage(e.firstPage() - 1));
            if (e.level() == 0 || currentPart == null) {
                outline.addLast(item);
                currentPart = item;
            } else {
                currentPart.addLast(item);
            }
        }
        outline.openNode();
        doc.getDocumentCatalog().setDocumentOutline(outline);
    }

    /** "Page n of m" at the foot of every page, merged documents included, so a dropped stack can be re-sorted. */
    void footers(PDType0Font font) throws IOException {
        PageFooters.stamp(doc, font, "", 18);
    }
}
