package org.creddesk.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.creddesk.domain.Ids;
import org.creddesk.domain.License;
import org.creddesk.domain.OtherName;
import org.creddesk.domain.PracticeLocation;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;

/** Fictitious provider files for screening tests; NPIs come from SyntheticProviders.npi(i). */
final class TestProviders {
    private TestProviders() {
    }

    static ProviderFile provider(String first, String last, LocalDate dob, String npi, String state, String groupNpi,
                                 String practiceName, String maidenLast) {
        String id = Ids.newId();
        Provider p = new Provider(id, first, null, last, null, "MD", dob, null, null, null, null, npi, null, null,
                null, groupNpi, null, null, null, null, ProviderStatus.ACTIVE);
        List<OtherName> others = new ArrayList<>();
        if (maidenLast != null) {
            others.add(new OtherName(Ids.newId(), id, "MAIDEN", maidenLast, first, null, null, null));
        }
        return ProviderFile.of(p).withOtherNames(others)
                .withLicenses(List.of(new License(Ids.newId(), id, state, "MD", "T-" + npi, LocalDate.of(2020, 1, 1),
                        LocalDate.of(2028, 1, 1), "Active")))
                .withLocations(List.of(new PracticeLocation(Ids.newId(), id, practiceName, "1 Test St", "Testville",
                        state, "00001", null, null, null, true, true)));
    }
}
