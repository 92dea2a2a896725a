package org.creddesk.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceEntry;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDComboBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.packet.FormDescription;
import org.creddesk.domain.packet.FormField;
import org.junit.jupiter.api.Test;

/** Radio groups and choice fields (the W-9s have neither): a small form built here with PDFBox. */
class ChoiceAndRadioFillTest {
    final PayerForms forms = new PayerForms(null, null, new PacketFonts());
    final ProviderFile file = PacketFixtures.provider("p", "Anna", "Müller", "1234567893");

    @Test
    void fillsRadioGroupsAndChoicesAndRefusesValuesThatAreNotOffered() throws Exception {
        byte[] pdf = form();
        FormDescription d = forms.describe(pdf, "application.pdf");
        assertThat(d.field("degree")).get().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FormField.Kind.RADIO);
            assertThat(f.options()).containsExactlyInAnyOrder("MD", "DO");
        });
        assertThat(d.field("state")).get().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FormField.Kind.CHOICE);
            assertThat(f.options()).containsExactly("MA", "TX");
        });
        PayerForms.Filled filled = forms.fill(pdf, "application.pdf",
                Map.of("degree", "{degree}", "state", "{primaryLocation.state}", "name", "{lastName}"), file, false);
        assertThat(filled.problems()).isEmpty();
        try (PDDocument doc = Loader.loadPDF(filled.pdf())) {
            PDAcroForm acro = doc.getDocumentCatalog().getAcroForm(null);
            assertThat(acro.getField("degree").getValueAsString()).isEqualTo("MD");
            assertThat(((PDComboBox) acro.getField("state")).getValue()).containsExactly("TX");
            assertThat(acro.getField("name").getValueAsString()).isEqualTo("Müller");
        }
        PayerForms.Filled refused = forms.fill(pdf, "application.pdf",
                Map.of("degree", "PhD", "state", "{licenses[state=MA].state}x"), file, false);
        assertThat(refused.problems()).hasSize(2).anySatisfy(p -> assertThat(p).contains("'degree'", "choose one of"))
                .anySatisfy(p -> assertThat(p).contains("'state'", "[MA, TX]"));
    }

    static byte[] form() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            PDAcroForm acro = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(acro);
            PDResources dr = new PDResources();
            COSName helv = dr.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            acro.setDefaultResources(dr);
            acro.setDefaultAppearance("/" + helv.getName() + " 10 Tf 0 g");

            PDTextField name = new PDTextField(acro);
            name.setPartialName("name");
            widget(name.getWidgets().get(0), page, 50, 700, 200);
            acro.getFields().add(name);

            PDComboBox state = new PDComboBox(acro);
            state.setPartialName("state");
            state.setOptions(List.of("MA", "TX"));
            widget(state.getWidgets().get(0), page, 50, 650, 80);
            acro.getFields().add(state);

            PDRadioButton degree = new PDRadioButton(acro);
            degree.setPartialName("degree");
            PDAnnotationWidget md = new PDAnnotationWidget();
            PDAnnotationWidget dO = new PDAnnotationWidget();
            radioWidget(doc, md, page, 50, "MD");
            radioWidget(doc, dO, page, 90, "DO");
            degree.setWidgets(List.of(md, dO));
            md.setParent(degree);
            dO.setParent(degree);
            acro.getFields().add(degree);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    static void widget(PDAnnotationWidget w, PDPage page, float x, float y, float width) throws Exception {
        w.setRectangle(new PDRectangle(x, y, width, 16));
        w.setPage(page);
        page.getAnnotations().add(w);
    }

    static void radioWidget(PDDocument doc, PDAnnotationWidget w, PDPage page, float x, String on) throws Exception {
        widget(w, page, x, 600, 14);
        PDAppearanceDictionary ap = new PDAppearanceDictionary();
        org.apache.pdfbox.cos.COSDictionary normal = new org.apache.pdfbox.cos.COSDictionary();
        PDAppearanceStream onStream = new PDAppearanceStream(doc);
        onStream.setBBox(new PDRectangle(14, 14));
        PDAppearanceStream offStream = new PDAppearanceStream(doc);
        offStream.setBBox(new PDRectangle(14, 14));
        normal.setItem(COSName.getPDFName(on), onStream);
        normal.setItem(COSName.Off, offStream);
        ap.setNormalAppearance(new PDAppearanceEntry(normal));
        w.setAppearance(ap);
        w.setAppearanceState("Off");
    }
}
