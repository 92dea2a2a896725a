package org.creddesk.packet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.creddesk.domain.network.ChartData;
import org.creddesk.domain.network.NetworkCharts;

/**
 * The Network page as a landscape US Letter PDF for a monthly meeting: two charts a page, each drawn in vector
 * graphics ({@link PdfChart}) with the numbers behind it in a table beside it.
 */
public final class NetworkReportPdf {
    static final PDRectangle PAGE = new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth());
    private static final float MARGIN = 36;
    private static final float FOOTER = 28;
    private static final float BLOCK = 224;
    private static final float CHART_WIDTH = 430;
    private static final float TABLE_SIZE = 7;
    private static final float LEADING = 9.5f;
    private static final int MAX_TABLE_ROWS = 16;

    private final PacketFonts fonts;

    public NetworkReportPdf(PacketFonts fonts) {
        this.fonts = fonts;
    }

    public void write(String title, List<String> intro, List<ChartData> charts, Path file, Instant madeAt)
            throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = fonts.forText(doc);
            DrawableText drawable = new DrawableText(font);
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setCreator("CredDesk");
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(madeAt.toEpochMilli());
            doc.getDocumentInformation().setCreationDate(when);
            PDPageContentStream stream = null;
            float y = 0;
            try {
                for (int i = 0; i < charts.size(); i++) {
                    if (stream == null || y - BLOCK < MARGIN + FOOTER) {
                        if (stream != null) {
                            stream.close();
                        }
                        PDPage page = new PDPage(PAGE);
                        doc.addPage(page);
                        stream = new PDPageContentStream(doc, page);
                        y = PAGE.getHeight() - MARGIN;
                        if (i == 0) {
                            y = heading(stream, font, drawable, title, intro, y);
                        }
                    }
                    block(stream, font, drawable, charts.get(i), y);
                    y -= BLOCK;
                }
            } finally {
                if (stream != null) {
                    stream.close();
                }
            }
            PageFooters.stamp(doc, font, title + " · ", MARGIN / 2 + 4);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                doc.save(out);
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static float heading(PDPageContentStream s, PDType0Font font, DrawableText drawable, String title,
                                 List<String> intro, float y) throws IOException {
        PdfChart.text(s, font, drawable.of(title), 15, MARGIN, y - 15);
        y -= 22;
        for (String paragraph : intro) {
            for (String line : LineWrap.wrap(drawable.of(paragraph), PAGE.getWidth() - 2 * MARGIN,
                    t -> font.getStringWidth(t) / 1000 * 9, true)) {
                PdfChart.text(s, font, line, 9, MARGIN, y - 9);
                y -= 12;
            }
        }
        return y - 4;
    }

    private static void block(PDPageContentStream s, PDType0Font font, DrawableText drawable, ChartData chart,
                              float top) throws IOException {
        PdfChart.text(s, font, drawable.of(chart.title() + " (" + chart.unit() + ")"), 11, MARGIN, top - 11);
        float chartTop = top - 18;
        new PdfChart(s, font, drawable).draw(chart, MARGIN, chartTop - 192, CHART_WIDTH, 192);
        table(s, font, drawable, chart, MARGIN + CHART_WIDTH + 18, chartTop,
                PAGE.getWidth() - MARGIN - (MARGIN + CHART_WIDTH + 18));
    }

    /** The numbers behind the chart: a row per category, a column per series. */
    private static void table(PDPageContentStream s, PDType0Font font, DrawableText drawable, ChartData chart,
                              float x, float top, float width) throws IOException {
        List<String> header = new ArrayList<>();
        header.add(chart.kind() == ChartData.Kind.SHARE ? "" : chart.unit().equals("%") ? "Payer" : "");
        chart.series().forEach(se -> header.add(se.name()));
        float first = width * 0.34f;
        float other = (width - first) / Math.max(1, chart.series().size());
        float y = top;
        s.setNonStrokingColor(0.88f, 0.90f, 0.93f);
        s.addRect(x, y - 2 * LEADING - 3, width, 2 * LEADING + 3);
        s.fill();
        s.setNonStrokingColor(0f, 0f, 0f);
        for (int c = 0; c < header.size(); c++) {
            float cx = c == 0 ? x + 2 : x + first + (c - 1) * other + 2;
            float cw = (c == 0 ? first : other) - 4;
            List<String> lines = LineWrap.wrap(drawable.of(header.get(c)), cw,
                    t -> font.getStringWidth(t) / 1000 * TABLE_SIZE, false);
            for (int l = 0; l < Math.min(2, lines.size()); l++) {
                PdfChart.text(s, font, PdfChart.fit(font, lines.get(l), TABLE_SIZE, cw), TABLE_SIZE, cx,
                        y - LEADING * (l + 1) + 2);
            }
        }
        y -= 2 * LEADING + 3;
        int rows = chart.categories().size();
        for (int r = 0; r < Math.min(rows, MAX_TABLE_ROWS); r++) {
            String label = PdfChart.fit(font, drawable.of(chart.categories().get(r)), TABLE_SIZE, first - 4);
            PdfChart.text(s, font, label, TABLE_SIZE, x + 2, y - LEADING + 2);
            for (int c = 0; c < chart.series().size(); c++) {
                String v = NetworkCharts.format(chart.series().get(c).values().get(r));
                float w = font.getStringWidth(v) / 1000 * TABLE_SIZE;
                PdfChart.text(s, font, v, TABLE_SIZE, x + first + (c + 1) * other - 4 - w, y - LEADING + 2);
            }
            y -= LEADING;
            s.setLineWidth(0.3f);
            s.setStrokingColor(0.75f, 0.75f, 0.75f);
            s.moveTo(x, y);
            s.lineTo(x + width, y);
            s.stroke();
        }
        if (rows > MAX_TABLE_ROWS) {
            PdfChart.text(s, font, (rows - MAX_TABLE_ROWS) + " more rows in the workbook (--xlsx)", TABLE_SIZE, x + 2,
                    y - LEADING + 2);
        }
        if (rows == 0) {
            PdfChart.text(s, font, "No rows.", TABLE_SIZE, x + 2, y - LEADING + 2);
        }
    }
}
