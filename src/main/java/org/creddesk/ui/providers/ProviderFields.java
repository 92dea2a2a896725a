package org.creddesk.ui.providers;

import java.util.ArrayList;
import java.util.List;

/** Which fields of the provider record each workspace section shows. Status changes only by retire/reactivate. */
public final class ProviderFields {
    public static final List<String> PERSONAL = List.of("firstName", "middleName", "lastName", "suffix", "degree",
            "dateOfBirth", "gender", "languages", "email", "phone", "coordinator", "attestationSignedOn");
    public static final List<String> IDENTIFIERS = List.of("npi", "caqhId", "caqhAttestedOn", "medicarePtan",
            "groupNpi", "tin", "upin");

    private ProviderFields() {
    }

    public static List<String> all() {
        List<String> all = new ArrayList<>(PERSONAL);
        all.addAll(IDENTIFIERS);
        return all;
    }
}
