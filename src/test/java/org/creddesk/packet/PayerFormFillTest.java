package org.creddesk.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.text.PDFTextStripper;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.packet.FormDescription;
import org.creddesk.domain.packet.FormField;
import org.junit.jupiter.api.Test;

/** Filling the two real IRS W-9 forms (pure AcroForm 2011, hybrid AcroForm + XFA 2018) and refusing bad PDFs. */
class PayerFormFillTest {
    static final String P2018 = "topmostSubform[0].Page1[0].";
    static final String P2011 = "topmostSubform[0].Page1[0].";
    final PayerForms forms = new PayerForms(null, null, new PacketFonts());
    final ProviderFile nguyen = PacketFixtures.provider("p", "Thảo", "Nguyễn", "1234567893");

    @Test
    void listsTheFieldsOfBothRealForms() {
        FormDescription hybrid = forms.describe(PacketFixtures.resource(PacketFixtures.W9_2018), "fw9-2018.pdf");
        assertThat(hybrid.hybridXfa()).isTrue();
        assertThat(hybrid.pages()).isEqualTo(6);
        assertThat(hybrid.fields()).hasSize(22);
        assertThat(hybrid.field(P2018 + "FederalClassification[0].c1_1[0]")).get()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(FormField.Kind.CHECKBOX);
                    assertThat(f.options()).containsExactly("1");
                });
        assertThat(hybrid.field(P2018 + "FederalClassification[0].f1_3[0]")).get()
                .satisfies(f -> assertThat(f.maxLength()).isEqualTo(1));
        FormDescription pure = forms.describe(PacketFixtures.resource(PacketFixtures.W9_2011), "fw9-2011.pdf");
        assertThat(pure.hybridXfa()).isFalse();
        assertThat(pure.fields()).hasSize(21);
        assertThat(pure.field(P2011 + "f1_01_0_[0]")).get().extracting(FormField::kind).isEqualTo(FormField.Kind.TEXT);
        assertThat(pure.signature()).isNotEqualTo(hybrid.signature()).hasSize(64);
    }

    @Test
    void fillsTheHybridFormThroughItsAcroFormAndDropsTheXfa() throws Exception {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(P2018 + "f1_1[0]", "{lastName}, {firstName}");
        map.put(P2018 + "Address[0].f1_7[0]", "{primaryLocation.address}");
        map.put(P2018 + "Address[0].f1_8[0]", "{primaryLocation.city}, {primaryLocation.state} {primaryLocation.zip}");
        map.put(P2018 + "FederalClassification[0].c1_1[0]", "{degree=MD}");
        map.put(P2018 + "FederalClassification[0].c1_1[1]", "{degree=DO}");
        PayerForms.Filled filled = forms.fill(PacketFixtures.resource(PacketFixtures.W9_2018), "fw9.pdf", map, nguyen, false);
        assertThat(filled.problems()).isEmpty();
        try (PDDocument doc = Loader.loadPDF(filled.pdf())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            assertThat(form.hasXFA()).isFalse();
            assertThat(form.getField(P2018 + "f1_1[0]").getValueAsString()).isEqualTo("Nguyễn, Thảo");
            assertThat(form.getField(P2018 + "Address[0].f1_8[0]").getValueAsString()).isEqualTo("Austin, TX 78701");
            assertThat(((PDCheckBox) form.getField(P2018 + "FederalClassification[0].c1_1[0]")).isChecked()).isTrue();
            assertThat(((PDCheckBox) form.getField(P2018 + "FederalClassification[0].c1_1[1]")).isChecked()).isFalse();
        }
    }

    @Test
    void fillsAndFlattensThePureAcroFormWithUnicodeNames() throws Exception {
        Map<String, String> map = Map.of(P2011 + "f1_01_0_[0]", "{lastName}, {firstName}",
                P2011 + "f1_02_0_[0]", "{primaryLocation.name}");
        byte[] pdf = PacketFixtures.resource(PacketFixtures.W9_2011);
        PayerForms.Filled open = forms.fill(pdf, "fw9.pdf", map, nguyen, false);
        try (PDDocument doc = Loader.loadPDF(open.pdf())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            assertThat(form.getField(P2011 + "f1_01_0_[0]").getValueAsString()).isEqualTo("Nguyễn, Thảo");
            assertThat(form.getField(P2011 + "f1_02_0_[0]").getValueAsString()).isEqualTo("Beacon Austin");
        }
        PayerForms.Filled flat = forms.fill(pdf, "fw9.pdf", map, nguyen, true);
        try (PDDocument doc = Loader.loadPDF(flat.pdf())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            assertThat(form == null || !form.getFieldTree().iterator().hasNext()).isTrue();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            assertThat(stripper.getText(doc)).contains("Nguyễn, Thảo", "Beacon Austin");
        }
    }

    @Test
    void tooLongValuesAreCutAndSaid() {
        PayerForms.Filled filled = forms.fill(PacketFixtures.resource(PacketFixtures.W9_2018), "fw9.pdf",
                Map.of(P2018 + "FederalClassification[0].f1_3[0]", "{degree}"), nguyen, false);
        assertThat(filled.problems()).singleElement().asString().contains("at most 1 characters");
    }

    @Test
    void unknownFieldsAndBadTemplatesAreRefusedBeforeFilling() {
        assertThatThrownBy(() -> forms.fill(PacketFixtures.resource(PacketFixtures.W9_2018), "fw9.pdf",
                Map.of("nope[0]", "{lastName}", P2018 + "f1_1[0]", "{lastNme}"), nguyen, false))
                .hasMessageContaining("no field 'nope[0]'").hasMessageContaining("'lastNme' is not a field");
    }

    @Test
    void refusesCorruptEncryptedXfaOnlyAndNonPdfFiles() throws Exception {
        byte[] w9 = PacketFixtures.resource(PacketFixtures.W9_2011);
        byte[] truncated = Arrays.copyOf(w9, 600);
        assertThatThrownBy(() -> forms.describe(truncated, "cut.pdf")).isInstanceOf(PdfInputException.class)
                .hasMessageContaining("cut.pdf is damaged");
        assertThatThrownBy(() -> forms.describe("Name,NPI\n".getBytes(), "roster.csv"))
                .hasMessageContaining("roster.csv is not a PDF");
        assertThatThrownBy(() -> forms.describe(encrypted(w9, "secret"), "locked.pdf"))
                .hasMessageContaining("locked.pdf is password protected");
        assertThatThrownBy(() -> forms.describe(encrypted(w9, ""), "perms.pdf"))
                .hasMessageContaining("perms.pdf is encrypted");
        assertThatThrownBy(() -> forms.describe(xfaOnly(), "dynamic.pdf"))
                .hasMessageContaining("dynamic.pdf is an XFA-only");
    }

    static byte[] encrypted(byte[] pdf, String userPassword) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** An AcroForm with an XFA entry and no fields: what a LiveCycle dynamic form looks like to PDFBox. */
    static byte[] xfaOnly() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            PDAcroForm form = new PDAcroForm(doc);
            COSStream xfa = doc.getDocument().createCOSStream();
            try (var out = xfa.createOutputStream()) {
                out.write("<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"><template/></xdp:xdp>".getBytes());
            }
            form.getCOSObject().setItem(COSName.XFA, xfa);
            doc.getDocumentCatalog().setAcroForm(form);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
