package org.creddesk.domain;

/** A place the provider practices. ZIP is text so leading zeros survive. */
public record PracticeLocation(String id, String providerId, String name, String address, String city,
                               String state, String zip, String phone, String fax, String hours,
                               boolean acceptingNewPatients, boolean primary) {
}
