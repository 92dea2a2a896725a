package org.creddesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.creddesk.app.AppContext;
import org.creddesk.domain.AuditEntry;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Progress;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.monitoring.ListKind;
import org.creddesk.domain.monitoring.ListSource;
import org.creddesk.domain.monitoring.ListVersion;
import org.creddesk.domain.monitoring.ScreeningHit;
import org.creddesk.sample.SyntheticProviders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 2: a truncated or junk list never replaces the list in force (nor takes hits' rows off it) unless a
 * person confirms it with a reason. The "full list" here is the real OIG supplement rows (SOURCES.md) with one
 * fictitious individual appended last, so cutting the file loses the row a provider's hit rests on.
 */
class ListImportGuardTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);
    static final String FICTITIOUS_ROW = "\"QUILLFEATHER\",\"MARGUERITE\",\" \",,\"IND- LIC HC SERV PRO\","
            + "\"NURSE/NURSES AIDE\",,\"0000000000\",,\"1 FICTION WAY\",\"NOWHERE\",\"VT\",\"05001\",\"1128b4   \","
            + "\"20180612\",\"00000000\",\"00000000\",";
    final ChangeContext rita = ChangeContext.manual("rita", "test");

    @TempDir
    Path dir;
    AppContext app;
    ProviderFile marguerite;
    byte[] whole;

    @BeforeEach
    void setUp() throws IOException {
        app = AppContext.open(dir.resolve("creddesk.db"), CLOCK);
        marguerite = TestProviders.provider("Marguerite", "Quillfeather", LocalDate.of(1969, 3, 14),
                SyntheticProviders.npi(41), "VT", null, "Quillfeather Family Practice", null);
        app.providerRepository().saveAll(List.of(marguerite), ChangeContext.manual("t", "t"));
        byte[] real = Files.readAllBytes(TestLists.fixture("oig_leie_excl_supplements_2016-2023_business_rows.csv"));
        whole = concat(real, (FICTITIOUS_ROW + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void close() {
        app.close();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    Path write(String folder, String name, byte[] bytes) throws IOException {
        Path d = Files.createDirectories(dir.resolve(folder));
        return Files.write(d.resolve(name), bytes);
    }

    ScreeningService.ImportResult importList(Path file, String reason) {
        return app.screening().importList(file, ListSource.LEIE, LocalDate.of(2026, 11, 22), reason, rita,
                Progress.NONE);
    }

    /** The whole list is in force and Marguerite's hit is open. */
    ScreeningHit importTheWholeListAndScreen() throws IOException {
        importList(write("nov", "UPDATED.csv", whole), null);
        ScreeningService.Outcome out = app.screening().screenAll(rita, Progress.NONE);
        assertThat(out.listRowsInForce()).isEqualTo(356);
        return out.hits().stream().filter(h -> h.providerId().equals(marguerite.id())).findFirst().orElseThrow();
    }

    void assertNothingChanged(ScreeningHit hit) {
        assertThat(app.screening().listVersions()).singleElement()
                .satisfies(v -> assertThat(v.rowCount()).isEqualTo(356));
        ScreeningService.Outcome again = app.screening().screenAll(rita, Progress.NONE);
        assertThat(again.listRowsInForce()).isEqualTo(356);
        assertThat(again.hits()).filteredOn(h -> h.id().equals(hit.id())).singleElement()
                .satisfies(h -> assertThat(h.absent()).as("the row is still on the list in force").isFalse());
    }

    @Test
    void aFullListCutAt60PercentIsRefusedAndChangesNothing() throws IOException {
        ScreeningHit hit = importTheWholeListAndScreen();
        Path cut = write("dec", "UPDATED.csv", Arrays.copyOf(whole, whole.length * 6 / 10));

        assertThatThrownBy(() -> importList(cut, null)).isInstanceOfSatisfying(SuspectListException.class, e -> {
            // 60% of the bytes ends inside the quoted SPECIALTY of line 216.
            assertThat(e.concerns()).containsExactly(
                    "the file looks cut short: it ends inside a quoted field of line 216, so its last row is cut off",
                    "it holds 214 rows, 40% fewer than the last full list (UPDATED.csv downloaded 2026-11-22, "
                            + "356 rows)");
            assertThat(e.getMessage()).startsWith("UPDATED.csv was not imported, nothing changed: ");
        });
        assertNothingChanged(hit);
    }

    @Test
    void aFullListCutAtALineBreakIsRefusedForItsRowCountAlone() throws IOException {
        ScreeningHit hit = importTheWholeListAndScreen();
        String text = new String(whole, StandardCharsets.UTF_8);
        int at = 0;
        for (int line = 0; line < 215; line++) {
            at = text.indexOf("\r\n", at) + 2;
        }
        Path cut = write("dec", "UPDATED.csv", text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> importList(cut, null)).isInstanceOfSatisfying(SuspectListException.class,
                e -> assertThat(e.concerns()).containsExactly("it holds 214 rows, 40% fewer than the last full list "
                        + "(UPDATED.csv downloaded 2026-11-22, 356 rows)"));
        assertNothingChanged(hit);
    }

    @Test
    void aFirstListCutShortIsRefusedButAWholeOneWithoutAFinalLineBreakIsNot() throws IOException {
        String text = new String(whole, StandardCharsets.UTF_8);
        int at = text.indexOf("\"FAST CARE MEDICAL AID UNIT LLC\",") + "\"FAST CARE MEDICAL AID UNIT LLC\",".length();
        Path cut = write("a", "UPDATED.csv", text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> importList(cut, null)).isInstanceOfSatisfying(SuspectListException.class,
                e -> assertThat(e.concerns()).containsExactly("the file looks cut short: it ends in the middle of "
                        + "line 216 (5 of 18 columns, no line break after it), so its last row is cut off"));
        assertThat(app.screening().listVersions()).isEmpty();

        Path noFinalBreak = write("b", "UPDATED.csv", Arrays.copyOf(whole, whole.length - 2));
        assertThat(importList(noFinalBreak, null).version().rowCount()).isEqualTo(356);
    }

    @Test
    void oneGoodRowAmongJunkIsRefused() throws IOException {
        StringBuilder junk = new StringBuilder(TestLists.LEIE_HEADER).append("\r\n").append(FICTITIOUS_ROW)
                .append("\r\n");
        for (int i = 0; i < 20_000; i++) {
            junk.append("\u00ff\u00fe junk line ").append(i).append(" ###\r\n");
        }
        Path file = write("junk", "UPDATED.csv", junk.toString().getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> importList(file, null)).isInstanceOfSatisfying(SuspectListException.class,
                e -> assertThat(e.concerns()).containsExactly("20000 of its 20001 rows could not be read"));
        assertThat(app.screening().listVersions()).isEmpty();
    }

    @Test
    void aPersonMayConfirmWithAReasonAndTheOpenHitIsStillKept() throws IOException {
        ScreeningHit hit = importTheWholeListAndScreen();
        Path cut = write("dec", "UPDATED.csv", Arrays.copyOf(whole, whole.length * 6 / 10));

        ScreeningService.ImportResult r = importList(cut, "  OIG published a shorter list this month  ");
        assertThat(r.confirmedConcerns()).hasSize(2);
        assertThat(r.version().kind()).isEqualTo(ListKind.FULL);
        List<AuditEntry> log = app.changeLog().forEntity(r.version().id());
        assertThat(log).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("rita");
            assertThat(e.changes()).anySatisfy(c -> {
                assertThat(c.field()).isEqualTo("confirmedDespite");
                assertThat(c.newValue()).startsWith("the file looks cut short");
            });
            assertThat(e.changes()).anySatisfy(c -> {
                assertThat(c.field()).isEqualTo("confirmReason");
                assertThat(c.newValue()).isEqualTo("OIG published a shorter list this month");
            });
        });
        // The list is replaced, but the hit whose row it lost is carried, never cleared.
        ScreeningService.Outcome out = app.screening().screenAll(rita, Progress.NONE);
        assertThat(out.hits()).filteredOn(h -> h.id().equals(hit.id())).singleElement()
                .satisfies(h -> assertThat(h.absent()).isTrue());
        assertThat(app.screening().holds()).containsKey(marguerite.id());
        // A whole file needs no reason, and none is logged.
        ScreeningService.ImportResult plain = importList(write("jan", "UPDATED.csv", whole), "not needed");
        assertThat(plain.confirmedConcerns()).isEmpty();
        assertThat(app.changeLog().forEntity(plain.version().id())).singleElement()
                .satisfies(e -> assertThat(e.changes()).noneMatch(c -> c.field().startsWith("confirm")));
    }

    @Test
    void supplementsAreNeverComparedWithFullListsNorTakenForOne() throws IOException {
        importTheWholeListAndScreen();
        Path rein = TestLists.fixture("oig_leie_rein_supplements_2016-2023_business_rows.csv");
        ScreeningService.ImportResult r = importList(rein, null);
        assertThat(r.version().kind()).isEqualTo(ListKind.SUPPLEMENT);
        assertThat(r.confirmedConcerns()).isEmpty();
        // A browser's second copy of a supplement is still a supplement: it adds, it never replaces the list.
        assertThat(ScreeningService.kindOf(Path.of("2611EXCL (1).csv"))).isEqualTo(ListKind.SUPPLEMENT);
        assertThat(ScreeningService.kindOf(Path.of("2611rein.CSV"))).isEqualTo(ListKind.SUPPLEMENT);
        assertThat(ScreeningService.kindOf(Path.of("UPDATED (2).csv"))).isEqualTo(ListKind.FULL);
        // The next full list is compared with the last full list (356 rows), not with the 25-row supplement.
        ScreeningService.ImportResult next = importList(write("dec", "UPDATED.csv", whole), null);
        assertThat(next.confirmedConcerns()).isEmpty();
        assertThat(app.screening().listVersions()).extracting(ListVersion::kind)
                .containsExactly(ListKind.FULL, ListKind.SUPPLEMENT, ListKind.FULL);
        // A supplement renamed as the full list is refused: it holds a fraction of the rows.
        Path renamed = write("jan", "UPDATED.csv", Files.readAllBytes(rein));
        assertThatThrownBy(() -> importList(renamed, null)).isInstanceOf(SuspectListException.class)
                .hasMessageContaining("it holds 25 rows, 93% fewer than the last full list");
    }

    @Test
    void aSamZipThatExpandsFarBeyondItsSizeIsRefusedLikeAnXlsx() throws IOException {
        byte[] csv = concat((TestLists.SAM_HEADER + "\r\n" + TestLists.samPerson("Osric", "Tamberlane", "NM", null,
                "03/15/2024", "Indefinite") + "\r\n").getBytes(StandardCharsets.UTF_8), new byte[20 << 20]);
        Arrays.fill(csv, csv.length - (20 << 20), csv.length, (byte) '\n');
        Path bomb = dir.resolve("SAM_Exclusions_Public_Extract_V2_26327.ZIP");
        zip(bomb, "SAM_Exclusions_Public_Extract_V2_26327.CSV", csv);
        assertThat(Files.size(bomb)).isLessThan(100_000);
        assertThatThrownBy(() -> app.screening().importList(bomb, ListSource.SAM, null, rita, Progress.NONE))
                .isInstanceOf(ListFileException.class).hasMessageContaining("zip bomb");
        assertThatThrownBy(() -> app.screening().detect(bomb)).hasMessageContaining("zip bomb");

        // The same archive lying about its size in the central directory is caught while it inflates.
        byte[] lying = Files.readAllBytes(bomb);
        declareSmall(lying);
        Path liar = Files.write(dir.resolve("SAM_liar.ZIP"), lying);
        assertThatThrownBy(() -> app.screening().importList(liar, ListSource.SAM, null, rita, Progress.NONE))
                .isInstanceOf(ListFileException.class).hasMessageContaining("zip bomb");
        assertThat(app.screening().listVersions()).isEmpty();

        // An ordinary extract in its zip is read.
        Path fine = dir.resolve("SAM_fine.ZIP");
        zip(fine, "SAM.CSV", Arrays.copyOf(csv, csv.length - (20 << 20)));
        assertThat(app.screening().importList(fine, ListSource.SAM, null, rita, Progress.NONE).version().rowCount())
                .isEqualTo(1);
    }

    static void zip(Path file, String entry, byte[] content) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream out = new ZipOutputStream(raw)) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content);
            out.closeEntry();
        }
    }

    /** Rewrites every central-directory entry's uncompressed size to 1,000 bytes. */
    static void declareSmall(byte[] zip) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 <= zip.length; i++) {
            if (b.getInt(i) == 0x02014b50) {
                b.putInt(i + 24, 1000);
            }
        }
    }
}
