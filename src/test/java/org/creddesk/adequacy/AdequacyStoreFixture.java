package org.creddesk.adequacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.PracticeLocation;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.ProviderTaxonomy;
import org.creddesk.domain.workflow.EnrollmentStatus;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.workflow.PayerKind;

/**
 * A real store around Chicago for adequacy tests: Dr. Loop (primary care, 60601, Cook County, approved with Acme
 * Health), Dr. Naper (primary care, 60540, DuPage, not enrolled), Dr. Champ (primary care, 61820, Champaign,
 * retired). Members: 60601 500, 60614 300 (3 miles from the Loop), 60540 200 (27 miles), 61820 1,000 (125 miles).
 */
public final class AdequacyStoreFixture {
    public static final String MEMBERS = "zip,members\n60601,500\n60614,300\n60540,200\n61820,1000\n";
    public static final String STANDARDS = StandardsCsv.HEADER + "\nPrimary Care,207Q|208D,10,0.5,0.9\n";

    private AdequacyStoreFixture() {
    }

    public static void seed(AppContext app) {
        ChangeContext ctx = ChangeContext.manual("setup", "test");
        String loop = provider(app, "Loop", "1234567893", "60601", ProviderStatus.ACTIVE, ctx);
        provider(app, "Naper", "1245319599", "60540", ProviderStatus.ACTIVE, ctx);
        provider(app, "Champ", "1679576722", "61820", ProviderStatus.RETIRED, ctx);
        Payer acme = app.enrollments().savePayer(null, "Acme Health", PayerKind.COMMERCIAL, null, 60, 14, null, ctx);
        String id = app.enrollments().start(loop, acme.id(), "IL", null, EnrollmentStatus.SUBMITTED,
                LocalDate.now(app.clock()).minusDays(30), ctx).id();
        app.enrollments().approve(id, LocalDate.now(app.clock()), null, "ACME-1", null, ctx);
    }

    public static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static String provider(AppContext app, String last, String npi, String zip, ProviderStatus status,
                                   ChangeContext ctx) {
        String id = app.providers().newId();
        app.providerRepository().save(ProviderFile.of(new Provider(id, "Ann", null, last, null, "MD",
                        LocalDate.of(1975, 1, 1), "F", null, null, null, npi, null, null, null, null, null, null, null,
                        null, status))
                .withTaxonomies(List.of(new ProviderTaxonomy(app.providers().newId(), id, "207Q00000X",
                        "Family Medicine", true)))
                .withLocations(List.of(new PracticeLocation(app.providers().newId(), id, last + " Clinic", "1 Main St",
                        "Chicago", "IL", zip, null, null, null, true, true))), ctx);
        return id;
    }
}
