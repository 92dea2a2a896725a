package org.creddesk.domain.adequacy;

/** How many members live in a ZIP code (five digits). */
public record MemberCount(String zip, long members) {
}
