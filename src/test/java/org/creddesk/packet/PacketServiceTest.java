package org.creddesk.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.creddesk.app.AppContext;
import org.creddesk.domain.AuditEntry;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Document;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.Progress;
import org.creddesk.domain.packet.FormMapping;
import org.creddesk.domain.packet.PacketPart;
import org.creddesk.domain.packet.PacketSnapshot;
import org.creddesk.domain.packet.PacketTemplate;
import org.creddesk.domain.packet.PartKind;
import org.creddesk.domain.packet.PreflightIssue;
import org.creddesk.domain.packet.Recipient;
import org.creddesk.store.BlobStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packets end to end on a real SQLite store and blob store. */
class PacketServiceTest {
    static final String NAME = "topmostSubform[0].Page1[0].f1_1[0]";
    @TempDir
    Path dir;
    AppContext ctx;
    final ChangeContext alice = ChangeContext.manual("alice", "test");

    @BeforeEach
    void open() {
        ctx = AppContext.open(dir.resolve("creddesk.db"), PacketFixtures.CLOCK);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    /** Saves a fixture provider with its documents really stored in the blob store. */
    ProviderFile saved(String id, String first, String last, String npi) throws Exception {
        ProviderFile f = PacketFixtures.provider(id, first, last, npi);
        List<Document> docs = new ArrayList<>();
        for (Document d : f.documents()) {
            BlobStore.Blob b = ctx.blobs().put(new ByteArrayInputStream(PacketFixtures.sampleDocument(d.fileName())));
            docs.add(new Document(d.id(), d.providerId(), null, d.type(), d.fileName(), d.mediaType(), b.sha256(),
                    b.size(), d.issued(), d.expires()));
        }
        f = f.withDocuments(docs);
        ctx.providerRepository().save(f, alice);
        return f;
    }

    PacketService.Request request(ProviderFile f, String template) {
        return new PacketService.Request(f.id(), template, Recipient.payer("Lone Star Health Plan"), List.of());
    }

    @Test
    void anOpenOrConfirmedExclusionHitIsAPreflightIssueUntilAPersonClearsIt() throws Exception {
        // A fictitious provider and a fictitious list row with her name (no date of birth: a possible match).
        ProviderFile f = saved("p9", "Wilhelmina", "Farrowdale", org.creddesk.sample.SyntheticProviders.npi(51));
        Path list = java.nio.file.Files.writeString(dir.resolve("UPDATED.csv"), "LASTNAME,FIRSTNAME,MIDNAME,BUSNAME,"
                + "GENERAL,SPECIALTY,UPIN,NPI,DOB,ADDRESS,CITY,STATE,ZIP,EXCLTYPE,EXCLDATE,REINDATE,WAIVERDATE,WVRSTATE\r\n"
                + "FARROWDALE,WILHELMINA,,,IND- LIC HC SERV PRO,PHYSICIAN,,0000000000,,1 FICTION WAY,NOWHERE,TX,00001,"
                + "1128a1,20180612,00000000,00000000,\r\n");
        ctx.screening().importList(list, null, null, alice, Progress.NONE);
        String hitId = ctx.screening().screenAll(alice, Progress.NONE).hits().get(0).id();

        PacketService.Preflight pre = ctx.packets().preflight(request(f, null));
        assertThat(pre.issues().get(0)).satisfies(i -> {
            assertThat(i.check()).isEqualTo(PreflightIssue.Check.EXCLUSION_HIT);
            assertThat(i.subject()).isEqualTo("Exclusion screening");
            assertThat(i.message()).isEqualTo("An exclusion-screening hit waits for review: possible match on the "
                    + "OIG LEIE row 'FARROWDALE, WILHELMINA' (excluded 06/12/2018).");
            assertThat(i.fix()).contains("creddesk screen hits");
        });
        assertThatThrownBy(() -> ctx.packets().produce(request(f, null), null, alice))
                .isInstanceOfSatisfying(PacketService.PreflightBlockedException.class, e -> assertThat(e.issues())
                        .extracting(PreflightIssue::check).contains(PreflightIssue.Check.EXCLUSION_HIT));
        assertThat(ctx.packets().snapshots(f.id())).isEmpty();

        ctx.screening().dispose(hitId, org.creddesk.domain.monitoring.Disposition.CONFIRMED, "Same TX license", alice);
        assertThat(ctx.packets().preflight(request(f, null)).issues().get(0).message())
                .isEqualTo("A reviewer confirmed that the provider is on the OIG LEIE row 'FARROWDALE, WILHELMINA' "
                        + "(excluded 06/12/2018).");
        // Produced anyway only with a reason, which the snapshot keeps with the overridden issue.
        PacketService.Produced forced = ctx.packets().produce(request(f, null), "Sent to the payer's SIU on request",
                alice);
        assertThat(forced.overridden()).extracting(PreflightIssue::check).contains(PreflightIssue.Check.EXCLUSION_HIT);
        assertThat(forced.snapshot().preflightJson()).contains("EXCLUSION_HIT");

        ctx.screening().dispose(hitId, org.creddesk.domain.monitoring.Disposition.FALSE_POSITIVE,
                "TX board: a different Wilhelmina Farrowdale", alice);
        assertThat(ctx.packets().preflight(request(f, null)).issues()).extracting(PreflightIssue::check)
                .doesNotContain(PreflightIssue.Check.EXCLUSION_HIT);
    }

    @Test
    void preflightBlocksUntilAReasonIsGivenAndTheReasonIsKept() throws Exception {
        ProviderFile f = saved("p1", "Anna", "Müller", "1234567893");
        PacketService.Preflight pre = ctx.packets().preflight(request(f, null));
        // MA license expires 2026-04-15, inside the 90-day window from 2026-03-02
        assertThat(pre.issues()).extracting(PreflightIssue::check).containsExactly(PreflightIssue.Check.EXPIRES_IN_WINDOW);
        assertThatThrownBy(() -> ctx.packets().produce(request(f, null), " ", alice))
                .isInstanceOf(PacketService.PreflightBlockedException.class);
        assertThat(ctx.packets().snapshots(f.id())).isEmpty();

        PacketService.Produced produced = ctx.packets().produce(request(f, null), "Renewal filed with the MA board", alice);
        PacketSnapshot s = produced.snapshot();
        assertThat(s.overrideReason()).isEqualTo("Renewal filed with the MA board");
        assertThat(s.preflightJson()).contains("EXPIRES_IN_WINDOW", "0030123");
        assertThat(s.contentsJson()).contains("Provider profile", "license-certificate.pdf");
        assertThat(s.madeBy()).isEqualTo("alice");
        assertThat(s.recipient()).isEqualTo("Lone Star Health Plan");
        assertThat(ctx.packets().snapshots(f.id())).containsExactly(s);
        List<AuditEntry> log = ctx.changeLog().forProvider(f.id());
        assertThat(log).anySatisfy(e -> {
            assertThat(e.entity()).isEqualTo("packet_snapshot");
            assertThat(e.changes()).anySatisfy(c -> assertThat(c.newValue()).isEqualTo("Renewal filed with the MA board"));
        });
    }

    @Test
    void reprintIsByteIdenticalAndRegenerationToo() throws Exception {
        ProviderFile f = saved("p2", "Thảo", "Nguyễn", "1234567893");
        PacketService.Produced first = ctx.packets().produce(request(f, "Hospital privileges"), "ok", alice);
        byte[] reprint = ctx.packets().reprint(first.snapshot().id());
        assertThat(reprint).isEqualTo(first.pdf());
        PacketService.Produced again = ctx.packets().produce(request(f, "Hospital privileges"), "ok", alice);
        assertThat(again.pdf()).isEqualTo(first.pdf()); // same inputs and clock: same bytes
        assertThat(again.snapshot().sha256()).isEqualTo(first.snapshot().sha256());
        try (PDDocument doc = Loader.loadPDF(reprint)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Nguyễn", "Licenses and certificates", "Insurance");
        }
    }

    @Test
    void snapshotsCannotBeRewritten() throws Exception {
        ProviderFile f = saved("p3", "Anna", "Müller", "1234567893");
        String id = ctx.packets().produce(request(f, null), "ok", alice).snapshot().id();
        assertThatThrownBy(() -> ctx.database().write(h -> h.execute(
                "UPDATE packet_snapshot SET sha256 = 'x' WHERE id = ?", id))).hasMessageContaining("immutable");
    }

    @Test
    void templatesAreDataAPersonCanChange() throws Exception {
        ProviderFile f = saved("p4", "Anna", "Müller", "1234567893");
        PacketTemplate mine = new PacketTemplate("Short", "Profile and attestation only", List.of(
                PacketPart.of(PartKind.PROFILE), new PacketPart(PartKind.ATTESTATION, "Signature page", null, false, null)));
        ctx.packets().saveTemplate(mine, alice);
        assertThat(ctx.packets().templates()).extracting(PacketTemplate::name)
                .contains("Payer enrollment", "Hospital privileges", "Short");
        assertThat(ctx.packets().template("short")).isEqualTo(mine);
        PacketService.Produced p = ctx.packets().produce(request(f, "Short"), "ok", alice);
        assertThat(p.snapshot().pages()).isEqualTo(2);
        assertThatThrownBy(() -> ctx.packets().template("Nope")).hasMessageContaining("No packet template named 'Nope'");
    }

    @Test
    void storedFormsAreMappedVersionedAndComparedWhenANewVersionArrives() throws Exception {
        ProviderFile f = saved("p5", "Anna", "Müller", "1234567893");
        PayerForms forms = ctx.payerForms();
        var v2018 = forms.importForm("IRS W-9", "fw9-2018.pdf", PacketFixtures.resource(PacketFixtures.W9_2018), alice);
        assertThat(v2018.changes()).isEmpty();
        FormMapping m1 = forms.saveMapping(v2018.form(), Map.of(NAME, "{lastName}"), alice);
        FormMapping m2 = forms.saveMapping(v2018.form(), Map.of(NAME, "{lastName}, {firstName}"), alice);
        assertThat(m1.version()).isEqualTo(1);
        assertThat(m2.version()).isEqualTo(2);
        assertThat(forms.mapping(v2018.form())).contains(m2);
        assertThatThrownBy(() -> forms.saveMapping(v2018.form(), Map.of("gone[0]", "{npi}"), alice))
                .hasMessageContaining("no field 'gone[0]'");

        ctx.packets().saveTemplate(new PacketTemplate("With W-9", null, List.of(PacketPart.of(PartKind.PROFILE),
                new PacketPart(PartKind.FORMS, null, null, false, List.of("IRS W-9")))), alice);
        var fastPayer = new Recipient("Fast Payer", Recipient.Kind.PAYER, 30);
        PacketService.Produced p = ctx.packets().produce(
                new PacketService.Request(f.id(), "With W-9", fastPayer, List.of()), null, alice);
        assertThat(p.snapshot().pages()).isEqualTo(7);
        try (PDDocument doc = Loader.loadPDF(p.pdf())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Müller, Anna");
        }

        var other = forms.importForm("IRS W-9", "fw9-2011.pdf", PacketFixtures.resource(PacketFixtures.W9_2011), alice);
        assertThat(other.changes()).get().satisfies(d -> {
            assertThat(d.vanished()).containsExactly(NAME);
            assertThat(d.appeared()).contains("topmostSubform[0].Page1[0].f1_01_0_[0]");
        });
        assertThat(forms.forms()).singleElement().extracting(s -> s.fileName()).isEqualTo("fw9-2011.pdf");
    }

    @Test
    void batchMakesPacketsWithProgressAndStopsWhenCancelled() throws Exception {
        List<String> ids = List.of(saved("b1", "Anna", "Müller", "1234567893").id(),
                saved("b2", "Thảo", "Nguyễn", "1679576722").id(), saved("b3", "Ωmar", "Ω", "1003000126").id());
        PacketBatch batch = new PacketBatch(ctx.packets());
        List<long[]> updates = new ArrayList<>();
        List<PacketBatch.Line> lines = batch.run(ids, "Hospital privileges", Recipient.payer("Acme"), List.of(), null,
                alice, new Progress() {
                    @Override
                    public void update(long done, long total, String message) {
                        updates.add(new long[] {done, total});
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                });
        // the MA license expiring inside the window blocks every packet without a reason
        assertThat(lines).extracting(PacketBatch.Line::outcome).containsOnly(PacketBatch.Outcome.BLOCKED);
        assertThat(updates).last().satisfies(u -> assertThat(u).containsExactly(3, 3));

        int[] calls = {0};
        Progress cancelAfterOne = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return calls[0]++ >= 1;
            }
        };
        assertThatThrownBy(() -> batch.run(ids, "Hospital privileges", Recipient.payer("Acme"), List.of(), "Renewals pending",
                alice, cancelAfterOne)).isInstanceOf(Progress.CancelledException.class);
        assertThat(ctx.packets().snapshots(ids.get(0))).hasSize(1);
        assertThat(ctx.packets().snapshots(ids.get(1))).isEmpty();
    }
}
