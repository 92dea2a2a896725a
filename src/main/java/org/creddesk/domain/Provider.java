package org.creddesk.domain;

import java.time.LocalDate;

/** The core of a provider file: personal data and identifiers. Child records hang off {@link ProviderFile}. */
public record Provider(
        String id,
        String firstName,
        String middleName,
        String lastName,
        String suffix,
        String degree,
        LocalDate dateOfBirth,
        String gender,
        String languages,
        String email,
        String phone,
        String npi,
        String caqhId,
        LocalDate caqhAttestedOn,
        String medicarePtan,
        String groupNpi,
        String tin,
        String upin,
        String coordinator,
        LocalDate attestationSignedOn,
        ProviderStatus status) {

    public static Provider blank(String id) {
        return new Provider(id, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, ProviderStatus.ACTIVE);
    }

    public String displayName() {
        StringBuilder sb = new StringBuilder();
        sb.append(lastName == null ? "" : lastName).append(", ").append(firstName == null ? "" : firstName);
        if (middleName != null && !middleName.isBlank()) {
            sb.append(' ').append(middleName.charAt(0)).append('.');
        }
        if (degree != null && !degree.isBlank()) {
            sb.append(", ").append(degree);
        }
        return sb.toString();
    }

    public Provider withStatus(ProviderStatus newStatus) {
        return new Provider(id, firstName, middleName, lastName, suffix, degree, dateOfBirth, gender, languages,
                email, phone, npi, caqhId, caqhAttestedOn, medicarePtan, groupNpi, tin, upin, coordinator,
                attestationSignedOn, newStatus);
    }
}
