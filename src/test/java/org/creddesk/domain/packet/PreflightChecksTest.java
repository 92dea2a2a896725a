package org.creddesk.domain.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.creddesk.domain.DeaRegistration;
import org.creddesk.domain.Document;
import org.creddesk.domain.License;
import org.creddesk.domain.OtherName;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.RegistrationKind;
import org.creddesk.domain.packet.PreflightIssue.Check;
import org.junit.jupiter.api.Test;

class PreflightChecksTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final PacketTemplate TEMPLATE = new PacketTemplate("T", null, List.of(
            new PacketPart(PartKind.DOCUMENTS, null, List.of("License", "DEA certificate"), true, List.of())));

    static ProviderFile file(String npi, String dea) {
        Provider p = new Provider("p", "Anna", null, "Müller", null, "MD", null, null, null, null, null, npi, null,
                null, null, null, null, null, null, null, ProviderStatus.ACTIVE);
        return ProviderFile.of(p)
                .withLicenses(List.of(new License("l", "p", "TX", "MD", "TX-1", null, TODAY.plusDays(45), "Active")))
                .withRegistrations(List.of(new DeaRegistration("d", "p", RegistrationKind.DEA, dea, "TX", null, null,
                        TODAY.plusYears(2))))
                .withDocuments(List.of(new Document("doc", "p", "l", "License", "l.pdf", "application/pdf", "x", 1,
                        TODAY.minusYears(1), TODAY.plusDays(45))));
    }

    static List<Check> checks(List<PreflightIssue> issues) {
        return issues.stream().map(PreflightIssue::check).toList();
    }

    @Test
    void flagsMissingDocumentsExpiriesInTheWindowAndBadIdentifiers() {
        List<PreflightIssue> issues = PreflightChecks.run(file("1234567890", "AB4523767"), TEMPLATE,
                Recipient.payer("Acme Health"), TODAY, List.of());
        assertThat(checks(issues)).containsExactlyInAnyOrder(Check.INVALID_NPI, Check.INVALID_DEA,
                Check.MISSING_DOCUMENT, Check.EXPIRES_IN_WINDOW);
        PreflightIssue expiring = issues.stream().filter(i -> i.check() == Check.EXPIRES_IN_WINDOW).findFirst().orElseThrow();
        assertThat(expiring.message()).contains("TX-1", "04/16/2026", "90-day", "Acme Health");
        assertThat(issues).allSatisfy(i -> assertThat(i.fix()).isNotBlank());
    }

    @Test
    void aShortWindowAndValidIdentifiersPass() {
        var recipient = new Recipient("Fast Payer", Recipient.Kind.PAYER, 30);
        PacketTemplate noDocs = new PacketTemplate("T", null, List.of(PacketPart.of(PartKind.PROFILE)));
        assertThat(PreflightChecks.run(file("1234567893", "AP5836727"), noDocs, recipient, TODAY, List.of())).isEmpty();
    }

    @Test
    void namesOnOtherRecordsMustMatchTheLegalName() {
        ProviderFile f = file("1234567893", "AP5836727").withOtherNames(List.of(
                new OtherName("o1", "p", "As on license", "Muller", "Anna", null, null, null),
                new OtherName("o2", "p", "As on NPI record", "MÜLLER", "anna", null, null, null),
                new OtherName("o3", "p", "Maiden", "Schmidt", "Anna", null, null, null)));
        List<PreflightIssue> issues = PreflightChecks.run(f, new PacketTemplate("T", null, List.of()),
                new Recipient("", null, 0), TODAY, List.of());
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.check()).isEqualTo(Check.NAME_MISMATCH);
            assertThat(i.message()).contains("license", "Muller", "Müller");
        });
    }

    @Test
    void mappedFieldsWithoutDataAreFlaggedButUncheckedBoxesAreNot() {
        ProviderFile f = file("1234567893", "AP5836727");
        var empty = new MappedValue("W-9", "f1_2", "{tin}", FieldTemplate.parse("{tin}").render(f), false);
        var box = new MappedValue("W-9", "c1", "{degree=DO}", FieldTemplate.parse("{degree=DO}").render(f), true);
        List<PreflightIssue> issues = PreflightChecks.run(f, new PacketTemplate("T", null, List.of()),
                new Recipient("", null, 0), TODAY, List.of(empty, box));
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.check()).isEqualTo(Check.EMPTY_FIELD);
            assertThat(i.message()).contains("f1_2", "{tin}");
        });
    }

    @Test
    void documentChooserTakesTheLatestUnexpired() {
        Document old = new Document("a", "p", null, "License", "old.pdf", "application/pdf", "1", 1,
                LocalDate.of(2023, 1, 1), LocalDate.of(2025, 1, 1));
        Document current = new Document("b", "p", null, "License", "cur.pdf", "application/pdf", "2", 1,
                LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1));
        Document older = new Document("c", "p", null, "License", "older.pdf", "application/pdf", "3", 1,
                LocalDate.of(2024, 1, 1), LocalDate.of(2027, 6, 1));
        assertThat(DocumentChooser.latestUnexpired(List.of(old, older, current), "license", TODAY)).contains(current);
        assertThat(DocumentChooser.latestUnexpired(List.of(old), "License", TODAY)).isEmpty();
    }
}
