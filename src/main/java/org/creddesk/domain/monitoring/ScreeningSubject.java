package org.creddesk.domain.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What screening needs of one provider: the legal name and other names, date of birth, NPI, the states where
 * they are licensed or practise, and the group/organization records (group NPI, practice names).
 */
public record ScreeningSubject(String providerId, String npi, LocalDate dateOfBirth, List<PersonName> names,
                               Set<String> states, String groupNpi, List<String> organizationNames) {

    public ScreeningSubject {
        names = List.copyOf(names);
        states = Set.copyOf(states);
        organizationNames = List.copyOf(organizationNames);
    }

    /** A name the provider is or was known by; {@code kind} is "legal", "maiden", "former"... */
    public record PersonName(String kind, String lastName, String firstName) {
    }
}
