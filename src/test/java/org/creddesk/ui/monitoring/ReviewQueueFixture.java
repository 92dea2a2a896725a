package org.creddesk.ui.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.creddesk.app.AppContext;
import org.creddesk.domain.Ids;
import org.creddesk.domain.License;
import org.creddesk.domain.Progress;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.monitoring.ListSource;
import org.creddesk.sample.SyntheticProviders;

/** Two fictitious providers and a fictitious LEIE file that names both, screened: two open hits. */
final class ReviewQueueFixture {
    private ReviewQueueFixture() {
    }

    static void screenTwoHits(AppContext app, Path dir) {
        app.providerRepository().saveAll(List.of(
                provider("Dana", "Quayle", LocalDate.of(1971, 4, 9), SyntheticProviders.npi(21), "MA"),
                provider("Robert", "Fenwhistle", LocalDate.of(1962, 12, 1), SyntheticProviders.npi(22), "TX")),
                app.manualChange());
        Path file = dir.resolve("UPDATED.csv");
        try {
            Files.writeString(file, "LASTNAME,FIRSTNAME,MIDNAME,BUSNAME,GENERAL,SPECIALTY,UPIN,NPI,DOB,ADDRESS,CITY,"
                    + "STATE,ZIP,EXCLTYPE,EXCLDATE,REINDATE,WAIVERDATE,WVRSTATE\r\n"
                    + "QUAYLE,DANA,,,IND- LIC HC SERV PRO,NURSE/NURSES AIDE,,0000000000,19710409,1 FICTION WAY,NOWHERE,"
                    + "MA,00001,1128b4,20190321,00000000,00000000,\r\n"
                    + "FENWHISTLE,BOB,,,IND- LIC HC SERV PRO,PHYSICIAN,,0000000000,,2 FICTION WAY,NOWHERE,TX,00002,"
                    + "1128a1,20200115,00000000,00000000,\r\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        app.screening().importList(file, ListSource.LEIE, LocalDate.of(2026, 11, 20), app.manualChange(),
                Progress.NONE);
        app.screening().screenAll(app.manualChange(), Progress.NONE);
    }

    static ProviderFile provider(String first, String last, LocalDate dob, String npi, String state) {
        String id = Ids.newId();
        Provider p = new Provider(id, first, null, last, null, "MD", dob, null, null, null, null, npi, null, null, null,
                null, null, null, null, null, ProviderStatus.ACTIVE);
        return ProviderFile.of(p).withLicenses(List.of(new License(Ids.newId(), id, state, "MD", "X1", null, null,
                "Active")));
    }
}
