package org.creddesk.domain.packet;

/** A line of a packet's contents and bookmarks: level 0 is a part, level 1 a document or form inside it. */
public record ContentsEntry(String title, int level, int firstPage, int pageCount) {
}
