package org.creddesk.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.packet.PacketTemplate;
import org.creddesk.domain.packet.Recipient;
import org.junit.jupiter.api.Test;

class PacketAssemblerTest {
    final PacketFonts fonts = new PacketFonts();
    final PacketAssembler assembler = new PacketAssembler(fonts, PacketFixtures.CLOCK);

    PacketAssembler.Output packet(ProviderFile f) throws Exception {
        PacketTemplate template = new PacketTemplates().defaults().get(0);
        var w9 = new PacketAssembler.FilledForm("IRS W-9", PacketFixtures.resource(PacketFixtures.W9_2018),
                Map.of("topmostSubform[0].Page1[0].f1_1[0]", f.provider().lastName() + ", " + f.provider().firstName()));
        return assembler.assemble(new PacketAssembler.Input(f, template, Recipient.payer("Lone Star Health Plan"),
                List.of(), List.of(w9), PacketFixtures.sampleDocuments()));
    }

    @Test
    void packetHasPartsInOrderWithUnicodeNamesBookmarksAndPageNumbers() throws Exception {
        ProviderFile f = PacketFixtures.provider("p1", "Thảo", "Nguyễn", "1234567893");
        PacketAssembler.Output out = packet(f);
        try (PDDocument doc = Loader.loadPDF(out.pdf())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Nguyễn", "Thảo", "1234567893", "TX-004711", "0030123", "AP5836727",
                    "Lone Star Health Plan", "Page 1 of " + doc.getNumberOfPages());
            int last = doc.getNumberOfPages();
            assertThat(pageText(doc, 1)).startsWith("Credentialing application packet").contains("Attestation " + last);
            assertThat(pageText(doc, 2)).startsWith("Provider profile: Thảo Nguyễn");
            assertThat(pageText(doc, 4)).contains("Request for Taxpayer"); // the W-9's first page
            assertThat(pageText(doc, last)).startsWith("Attestation").contains("Signature of practitioner");
            assertThat(text).contains("Nguyễn, Thảo"); // the filled W-9 name field, flattened into the packet
            List<String> bookmarks = new java.util.ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).containsExactly("Cover sheet", "Provider profile", "Checklist status",
                    "Application forms", "Supporting documents", "Attestation");
            assertThat(out.pages()).isEqualTo(doc.getNumberOfPages());
        }
    }

    static String pageText(PDDocument doc, int page) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    @Test
    void renderedPagesAreNotBlank() throws Exception {
        PacketAssembler.Output out = packet(PacketFixtures.provider("p2", "Anna", "Müller", "1234567893"));
        try (PDDocument doc = Loader.loadPDF(out.pdf())) {
            BufferedImage cover = new PDFRenderer(doc).renderImageWithDPI(0, 50);
            int dark = 0;
            for (int x = 0; x < cover.getWidth(); x++) {
                for (int y = 0; y < cover.getHeight(); y++) {
                    if ((cover.getRGB(x, y) & 0xFF) < 128) {
                        dark++;
                    }
                }
            }
            assertThat(dark).isGreaterThan(500);
        }
    }

    @Test
    void sameInputsGiveSameBytes() throws Exception {
        ProviderFile f = PacketFixtures.provider("p3", "Anna", "Müller", "1234567893");
        byte[] first = packet(f).pdf();
        byte[] second = packet(f).pdf();
        assertThat(java.util.Arrays.mismatch(first, second)).isEqualTo(-1);
    }
}
