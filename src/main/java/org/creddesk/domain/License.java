package org.creddesk.domain;

import java.time.LocalDate;

/** A state license. The number is free text: leading zeros and letters are kept as written. */
public record License(String id, String providerId, String state, String type, String number,
                      LocalDate issued, LocalDate expires, String status) {
}
