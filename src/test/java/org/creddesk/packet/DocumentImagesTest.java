package org.creddesk.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.creddesk.domain.Document;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.packet.PacketPart;
import org.creddesk.domain.packet.PacketTemplate;
import org.creddesk.domain.packet.PartKind;
import org.creddesk.domain.packet.Recipient;
import org.junit.jupiter.api.Test;

/** Scanned documents as images of very different sizes all land inside the page with their proportions kept. */
class DocumentImagesTest {

    record Placed(float width, float height, float x, float y) {
    }

    @Test
    void imagesOfSeveralSizesFitThePageKeepingAspectRatio() throws Exception {
        Map<String, byte[]> blobs = new HashMap<>();
        blobs.put("tiny", image(40, 20, "png"));
        blobs.put("wide", image(2400, 300, "jpg"));
        blobs.put("tall", image(300, 2400, "png"));
        blobs.put("letter", image(1275, 1650, "jpg"));
        ProviderFile f = PacketFixtures.provider("p", "Anna", "Müller", "1234567893").withDocuments(List.of(
                doc("tiny", "image/png"), doc("wide", "image/jpeg"), doc("tall", "image/png"), doc("letter", "image/jpeg")));
        PacketTemplate t = new PacketTemplate("Images", null, List.of(new PacketPart(PartKind.DOCUMENTS, null,
                List.of("tiny", "wide", "tall", "letter"), true, List.of())));
        byte[] pdf = new PacketAssembler(new PacketFonts(), PacketFixtures.CLOCK).assemble(new PacketAssembler.Input(f, t,
                Recipient.payer("X"), List.of(), List.of(), d -> blobs.get(d.sha256()))).pdf();
        double[] ratios = {2.0, 8.0, 0.125, 1275.0 / 1650};
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(4);
            for (int i = 0; i < 4; i++) {
                PDPage page = doc.getPage(i);
                Placed p = placed(page);
                float pw = page.getMediaBox().getWidth();
                float ph = page.getMediaBox().getHeight();
                assertThat(p.x()).isGreaterThanOrEqualTo(PageComposer.MARGIN - 0.5f);
                assertThat(p.x() + p.width()).isLessThanOrEqualTo(pw - PageComposer.MARGIN + 0.5f);
                assertThat(p.y()).isGreaterThanOrEqualTo(PageComposer.MARGIN);
                assertThat(p.y() + p.height()).isLessThanOrEqualTo(ph - PageComposer.MARGIN);
                assertThat((double) p.width() / p.height()).isCloseTo(ratios[i], within(ratios[i] * 0.01));
                // fitted, not left at pixel size: one side fills the available width or height
                assertThat(p.width() >= pw - 2 * PageComposer.MARGIN - 1 || p.height() >= 500).isTrue();
            }
        }
    }

    static Placed placed(PDPage page) throws IOException {
        List<Placed> found = new ArrayList<>();
        new PDFGraphicsStreamEngine(page) {
            @Override
            public void drawImage(PDImage pdImage) {
                Matrix m = getGraphicsState().getCurrentTransformationMatrix();
                found.add(new Placed(m.getScalingFactorX(), m.getScalingFactorY(), m.getTranslateX(), m.getTranslateY()));
            }

            @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) { }
            @Override public void clip(int windingRule) { }
            @Override public void moveTo(float x, float y) { }
            @Override public void lineTo(float x, float y) { }
            @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { }
            @Override public Point2D getCurrentPoint() { return new Point2D.Float(); }
            @Override public void closePath() { }
            @Override public void endPath() { }
            @Override public void strokePath() { }
            @Override public void fillPath(int windingRule) { }
            @Override public void fillAndStrokePath(int windingRule) { }
            @Override public void shadingFill(COSName shadingName) { }

            void run() throws IOException {
                processPage(page);
            }
        }.run();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    static Document doc(String type, String mediaType) {
        return new Document(type, "p", null, type, type + (mediaType.endsWith("png") ? ".png" : ".jpg"), mediaType,
                type, 0, LocalDate.of(2025, 1, 1), null);
    }

    static byte[] image(int w, int h, String format) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.DARK_GRAY);
        g.fillRect(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }
}
