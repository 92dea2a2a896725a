package org.creddesk.packet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.creddesk.domain.BoardCertification;
import org.creddesk.domain.DeaRegistration;
import org.creddesk.domain.Document;
import org.creddesk.domain.Education;
import org.creddesk.domain.License;
import org.creddesk.domain.MalpracticePolicy;
import org.creddesk.domain.PracticeLocation;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.ProviderTaxonomy;
import org.creddesk.domain.RegistrationKind;
import org.creddesk.domain.WorkHistory;

/** Hand-built provider files and the real documents and forms the packet tests use. */
final class PacketFixtures {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:15:30Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final String W9_2018 = "/packet/irs_fw9_rev2018-10_acroform_plus_xfa.pdf";
    static final String W9_2011 = "/packet/irs_fw9_rev2011-01_acroform_only.pdf";

    private PacketFixtures() {
    }

    static byte[] resource(String name) {
        try (InputStream in = PacketFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] sampleDocument(String file) {
        try {
            return Files.readAllBytes(Path.of("sample-data/documents").resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A provider with a unicode name, every credential kind, and documents of each media type. */
    static ProviderFile provider(String id, String first, String last, String npi) {
        Provider p = new Provider(id, first, null, last, null, "MD", LocalDate.of(1978, 4, 9), "F", "English",
                "dr@example.org", "(555) 010-2000", npi, "12345678", null, null, null, null, null, "jlee", null,
                ProviderStatus.ACTIVE);
        return ProviderFile.of(p)
                .withTaxonomies(List.of(new ProviderTaxonomy(id + "-t", id, "207R00000X", "Internal Medicine", true)))
                .withLicenses(List.of(
                        new License(id + "-l1", id, "TX", "MD", "TX-004711", LocalDate.of(2024, 1, 1), LocalDate.of(2027, 8, 31), "Active"),
                        new License(id + "-l2", id, "MA", "MD", "0030123", LocalDate.of(2023, 1, 1), LocalDate.of(2026, 4, 15), "Active")))
                .withRegistrations(List.of(new DeaRegistration(id + "-d", id, RegistrationKind.DEA, "AP5836727", "TX",
                        "2-5", LocalDate.of(2024, 5, 1), LocalDate.of(2027, 5, 1))))
                .withBoardCertifications(List.of(new BoardCertification(id + "-b", id,
                        "American Board of Internal Medicine", "Internal Medicine", LocalDate.of(2010, 7, 1),
                        LocalDate.of(2030, 12, 31), "Certified")))
                .withEducation(List.of(new Education(id + "-e", id, "Professional school", "Coastal University",
                        "MD", null, LocalDate.of(1996, 8, 1), LocalDate.of(2000, 5, 20))))
                .withWorkHistory(List.of(new WorkHistory(id + "-w", id, "Beacon Health Partners", "Internist",
                        "Austin", "TX", LocalDate.of(2004, 8, 1), null, null)))
                .withMalpracticePolicies(List.of(new MalpracticePolicy(id + "-m", id, "MagMutual", "PL-77",
                        "1,000,000", "3,000,000", LocalDate.of(2025, 6, 1), LocalDate.of(2027, 6, 1))))
                .withLocations(List.of(new PracticeLocation(id + "-loc", id, "Beacon Austin", "100 Congress Ave",
                        "Austin", "TX", "78701", "(555) 010-3000", null, null, true, true)))
                .withDocuments(List.of(
                        doc(id, "License", "license-certificate.pdf", "application/pdf", LocalDate.of(2026, 8, 31)),
                        doc(id, "Malpractice face sheet", "malpractice-face-sheet.pdf", "application/pdf", LocalDate.of(2027, 6, 1)),
                        doc(id, "Board certificate", "board-certificate.png", "image/png", null),
                        doc(id, "DEA certificate", "dea-certificate.jpg", "image/jpeg", LocalDate.of(2027, 5, 1))));
    }

    static Document doc(String providerId, String type, String file, String mediaType, LocalDate expires) {
        return new Document(providerId + "-" + file, providerId, null, type, file, mediaType, file, 0,
                LocalDate.of(2025, 1, 1), expires);
    }

    /** Documents by file name from sample-data (the sha256 field holds the file name in these fixtures). */
    static DocumentSource sampleDocuments() {
        return d -> sampleDocument(d.sha256());
    }
}
