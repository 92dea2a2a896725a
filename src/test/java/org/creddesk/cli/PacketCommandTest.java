package org.creddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.text.PDFTextStripper;
import org.creddesk.app.AppContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code creddesk packet ...} end to end on a real database loaded with the sample providers. */
class PacketCommandTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:15:30Z"), ZoneOffset.UTC);
    static final String NGUYEN = "1871979757"; // "Nguyễn, Tariq" in the fictitious sample
    static final String W9 = "topmostSubform[0].Page1[0].";
    @TempDir
    static Path shared;
    static Path db;
    @TempDir
    Path dir;
    String out;
    String err;

    /** Loading the 160 sample providers once per class keeps these tests fast; only one test adds a packet. */
    @BeforeAll
    static void sample() {
        db = shared.resolve("creddesk.db");
        try (AppContext ctx = AppContext.open(db, CLOCK)) {
            ctx.sampleData().load(null);
        }
    }

    int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = new CredDeskCli(new PrintWriter(o), new PrintWriter(e), CLOCK).execute(all, (f, c) -> { });
        out = o.toString();
        err = e.toString();
        return code;
    }

    Path copy(String resource, String name) throws Exception {
        Path target = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
        return target;
    }

    @Test
    void makesAPacketKeepsItAndReprintsItByteForByte() throws Exception {
        Path pdf = dir.resolve("out/packet.pdf");
        assertThat(run("packet", NGUYEN, "--out", pdf.toString(), "--payer", "Acme Health", "--template",
                "Hospital privileges", "--reason", "Renewals in progress")).as(err).isZero();
        JsonNode made = Json.mapper().readTree(out);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Nguyễn", NGUYEN, "Acme Health");
            assertThat(doc.getNumberOfPages()).isEqualTo(made.get("pages").asInt());
        }
        assertThat(run("packet", "list", NGUYEN)).isZero();
        assertThat(Json.mapper().readTree(out).get(0).get("id").asText()).isEqualTo(made.get("snapshotId").asText());
        Path again = dir.resolve("again.pdf");
        assertThat(run("packet", "reprint", made.get("snapshotId").asText(), "--out", again.toString())).isZero();
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(pdf));
    }

    @Test
    void preflightIssuesStopThePacketUntilAReasonIsGiven() {
        // a window of a century makes every dated credential "expiring within the processing window"
        assertThat(run("packet", NGUYEN, "--out", dir.resolve("p.pdf").toString(), "--window", "36500")).isEqualTo(4);
        assertThat(err).contains("expires on", "Fix:", "--reason");
        assertThat(dir.resolve("p.pdf")).doesNotExist();
    }

    @Test
    void fillsAPayerFormFromAMapFile() throws Exception {
        Path form = copy("/packet/irs_fw9_rev2018-10_acroform_plus_xfa.pdf", "fw9.pdf");
        Path map = dir.resolve("map.json");
        Files.writeString(map, "{\"" + W9 + "f1_1[0]\": \"{lastName}, {firstName}\", \""
                + W9 + "Address[0].f1_7[0]\": \"{primaryLocation.address}\", \""
                + W9 + "FederalClassification[0].c1_1[0]\": \"{degree=MD}\"}");
        Path filled = dir.resolve("filled.pdf");
        assertThat(run("packet", NGUYEN, "--form", form.toString(), "--map", map.toString(), "--out", filled.toString()))
                .as(err).isZero();
        try (PDDocument doc = Loader.loadPDF(filled.toFile())) {
            var acro = doc.getDocumentCatalog().getAcroForm(null);
            assertThat(acro.getField(W9 + "f1_1[0]").getValueAsString()).isEqualTo("Nguyễn, Tariq");
            assertThat(acro.getField(W9 + "Address[0].f1_7[0]").getValueAsString()).isNotBlank();
            assertThat(acro.hasXFA()).isFalse();
            assertThat(acro.getField(W9 + "FederalClassification[0].c1_1[0]")).isInstanceOf(PDCheckBox.class);
        }
        assertThat(Json.mapper().readTree(out).get("values").get(W9 + "f1_1[0]").asText()).isEqualTo("Nguyễn, Tariq");

        Path flat = dir.resolve("flat.pdf");
        assertThat(run("packet", NGUYEN, "--form", form.toString(), "--map", map.toString(), "--out", flat.toString(),
                "--flatten")).isZero();
        try (PDDocument doc = Loader.loadPDF(flat.toFile())) {
            var acro = doc.getDocumentCatalog().getAcroForm(null);
            assertThat(acro == null || !acro.getFieldTree().iterator().hasNext()).isTrue();
        }
    }

    @Test
    void exitCodesForBadFormsAndUnknownProviders() throws Exception {
        Path map = dir.resolve("map.json");
        Files.writeString(map, "{}");
        Path notPdf = dir.resolve("form.pdf");
        Files.writeString(notPdf, "Name,NPI\n");
        assertThat(run("packet", NGUYEN, "--form", notPdf.toString(), "--map", map.toString(), "--out",
                dir.resolve("x.pdf").toString())).isEqualTo(2);
        assertThat(err).contains("form.pdf is not a PDF");
        assertThat(run("packet", NGUYEN, "--form", dir.resolve("missing.pdf").toString(), "--map", map.toString(),
                "--out", dir.resolve("x.pdf").toString())).isEqualTo(2);
        assertThat(run("packet", "1234567893", "--out", dir.resolve("x.pdf").toString())).isEqualTo(3);
        assertThat(err).contains("No provider with NPI 1234567893");
        Files.writeString(map, "not json");
        Path form = copy("/packet/irs_fw9_rev2011-01_acroform_only.pdf", "fw9-2011.pdf");
        assertThat(run("packet", NGUYEN, "--form", form.toString(), "--map", map.toString(), "--out",
                dir.resolve("x.pdf").toString())).isEqualTo(2);
        assertThat(err).contains("is not a JSON object");
    }

    @Test
    void batchWritesOnePacketPerProviderAndSaysWhatHappened() throws Exception {
        Path outDir = dir.resolve("batch");
        assertThat(run("packet", "batch", NGUYEN, "1870000001", "--out-dir", outDir.toString(), "--template",
                "Hospital privileges", "--payer", "Acme Health", "--reason", "Batch for the Acme roster")).as(err).isZero();
        JsonNode lines = Json.mapper().readTree(out);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("outcome").asText()).isEqualTo("PRODUCED");
        assertThat(lines.get(1).get("npi").asText()).isEqualTo("1870000001");
        assertThat(outDir.resolve(NGUYEN + ".pdf")).exists();
        assertThat(outDir.resolve("1870000001.pdf")).exists();
    }

    @Test
    void listsFormFieldsAsJson() throws Exception {
        Path form = copy("/packet/irs_fw9_rev2011-01_acroform_only.pdf", "fw9-2011.pdf");
        assertThat(run("packet", "fields", form.toString(), "--json")).isZero();
        JsonNode json = Json.mapper().readTree(out);
        assertThat(json.get("fields")).hasSize(21);
        assertThat(json.get("hybridXfa").asBoolean()).isFalse();
        assertThat(out).contains(W9 + "f1_01_0_[0]", "\"CHECKBOX\"");
    }
}
