package org.creddesk.packet;

import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.creddesk.domain.network.ChartData;
import org.creddesk.domain.network.NetworkCharts;

/** Draws one {@link ChartData} in a box with PDFBox paths: bars, stacked bars, lines or a share bar, with axes. */
final class PdfChart {
    private static final float[][] COLOURS = {{0.18f, 0.42f, 0.71f}, {0.93f, 0.53f, 0.18f}, {0.45f, 0.45f, 0.45f},
        {0.30f, 0.65f, 0.35f}, {0.75f, 0.25f, 0.30f}, {0.55f, 0.40f, 0.70f}};
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);
    private static final float LABEL = 6.5f;

    private final PDPageContentStream s;
    private final PDType0Font font;
    private final DrawableText drawable;

    PdfChart(PDPageContentStream s, PDType0Font font, DrawableText drawable) {
        this.s = s;
        this.font = font;
        this.drawable = drawable;
    }

    void draw(ChartData chart, float x, float y, float width, float height) throws IOException {
        s.setLineWidth(0.5f);
        s.setStrokingColor(0.8f, 0.8f, 0.8f);
        s.addRect(x, y, width, height);
        s.stroke();
        if (chart.isEmpty()) {
            List<String> lines = LineWrap.wrap(drawable.of(chart.empty()), width - 40,
                    t -> font.getStringWidth(t) / 1000 * 9, true);
            float ly = y + height / 2 + lines.size() * 6;
            for (String line : lines) {
                text(s, font, line, 9, x + 20, ly);
                ly -= 12;
            }
            return;
        }
        float legend = legend(chart, x + 8, y + height - 12);
        if (chart.kind() == ChartData.Kind.SHARE) {
            share(chart, x + 20, y + height / 2 - 15, width - 40, 30);
            return;
        }
        float left = x + 34;
        float bottom = y + 22;
        float plotW = width - 44;
        float plotH = height - 30 - legend;
        double max = niceMax(chart.maxValue());
        axes(left, bottom, plotW, plotH, max);
        int n = chart.categories().size();
        float group = plotW / Math.max(1, n);
        for (int i = 0; i < n; i++) {
            String label = category(chart.categories().get(i));
            label = fit(font, drawable.of(label), LABEL, group - 2);
            float w = font.getStringWidth(label) / 1000 * LABEL;
            text(s, font, label, LABEL, left + group * i + (group - w) / 2, bottom - 9);
        }
        switch (chart.kind()) {
            case LINE -> lines(chart, left, bottom, group, plotH, max);
            case STACKED_BAR -> stacked(chart, left, bottom, group, plotH, max);
            default -> bars(chart, left, bottom, group, plotH, max);
        }
    }

    private float legend(ChartData chart, float x, float y) throws IOException {
        float cx = x;
        List<ChartData.Series> series = chart.charted();
        if (series.size() < 2 && chart.kind() != ChartData.Kind.SHARE) {
            return 4;
        }
        for (int i = 0; i < series.size(); i++) {
            if (chart.kind() == ChartData.Kind.SHARE) {
                break;
            }
            colour(i);
            s.addRect(cx, y, 7, 7);
            s.fill();
            s.setNonStrokingColor(0f, 0f, 0f);
            String name = drawable.of(series.get(i).name());
            text(s, font, name, 7, cx + 10, y + 1);
            cx += 10 + font.getStringWidth(name) / 1000 * 7 + 12;
        }
        return 14;
    }

    private void axes(float left, float bottom, float w, float h, double max) throws IOException {
        s.setStrokingColor(0.85f, 0.85f, 0.85f);
        s.setLineWidth(0.3f);
        for (int t = 0; t <= 4; t++) {
            float ty = bottom + h * t / 4;
            s.moveTo(left, ty);
            s.lineTo(left + w, ty);
            s.stroke();
            String label = NetworkCharts.format(max * t / 4);
            float lw = font.getStringWidth(label) / 1000 * LABEL;
            text(s, font, label, LABEL, left - 3 - lw, ty - 2);
        }
        s.setStrokingColor(0.3f, 0.3f, 0.3f);
        s.setLineWidth(0.6f);
        s.moveTo(left, bottom);
        s.lineTo(left + w, bottom);
        s.moveTo(left, bottom);
        s.lineTo(left, bottom + h);
        s.stroke();
    }

    private void bars(ChartData chart, float left, float bottom, float group, float h, double max) throws IOException {
        List<ChartData.Series> series = chart.charted();
        float bar = group * 0.8f / series.size();
        for (int i = 0; i < chart.categories().size(); i++) {
            for (int k = 0; k < series.size(); k++) {
                Double v = series.get(k).values().get(i);
                if (v == null || v <= 0) {
                    continue;
                }
                colour(k);
                float bh = (float) (v / max * h);
                s.addRect(left + group * i + group * 0.1f + bar * k, bottom, bar - 0.5f, bh);
                s.fill();
            }
        }
        s.setNonStrokingColor(0f, 0f, 0f);
    }

    private void stacked(ChartData chart, float left, float bottom, float group, float h, double max)
            throws IOException {
        List<ChartData.Series> series = chart.charted();
        for (int i = 0; i < chart.categories().size(); i++) {
            float base = bottom;
            for (int k = 0; k < series.size(); k++) {
                Double v = series.get(k).values().get(i);
                if (v == null || v <= 0) {
                    continue;
                }
                colour(k);
                float bh = (float) (v / max * h);
                s.addRect(left + group * i + group * 0.15f, base, group * 0.7f, bh);
                s.fill();
                base += bh;
            }
        }
        s.setNonStrokingColor(0f, 0f, 0f);
    }

    private void lines(ChartData chart, float left, float bottom, float group, float h, double max)
            throws IOException {
        List<ChartData.Series> series = chart.charted();
        for (int k = 0; k < series.size(); k++) {
            float[] c = COLOURS[k % COLOURS.length];
            s.setStrokingColor(c[0], c[1], c[2]);
            s.setLineWidth(1.4f);
            boolean open = false;
            List<Double> values = series.get(k).values();
            for (int i = 0; i < values.size(); i++) {
                Double v = values.get(i);
                if (v == null) {
                    open = false;
                    continue;
                }
                float px = left + group * i + group / 2;
                float py = bottom + (float) (v / max * h);
                if (open) {
                    s.lineTo(px, py);
                } else {
                    s.moveTo(px, py);
                    open = true;
                }
            }
            s.stroke();
            colour(k);
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null) {
                    s.addRect(left + group * i + group / 2 - 1.5f, bottom + (float) (values.get(i) / max * h) - 1.5f,
                            3, 3);
                    s.fill();
                }
            }
        }
        s.setNonStrokingColor(0f, 0f, 0f);
    }

    /** A 100% bar split into its parts, each labelled with its share. */
    private void share(ChartData chart, float x, float y, float w, float h) throws IOException {
        List<Double> values = chart.charted().get(0).values();
        double total = values.stream().mapToDouble(v -> v == null ? 0 : v).sum();
        float cx = x;
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i) == null ? 0 : values.get(i);
            float part = (float) (total == 0 ? 0 : v / total * w);
            colour(i == 0 ? 3 : 2);
            s.addRect(cx, y, part, h);
            s.fill();
            s.setNonStrokingColor(0f, 0f, 0f);
            String label = drawable.of(chart.categories().get(i) + " " + NetworkCharts.format(v)
                    + String.format(Locale.ROOT, " (%.1f%%)", total == 0 ? 0 : v / total * 100));
            text(s, font, label, 8, i == 0 ? x : x + w - font.getStringWidth(label) / 1000 * 8, y - 12);
            cx += part;
        }
    }

    private void colour(int k) throws IOException {
        float[] c = COLOURS[k % COLOURS.length];
        s.setNonStrokingColor(c[0], c[1], c[2]);
    }

    /** Four gridline steps of 1, 2 or 5 × 10^k (at least 1: the figures count days, people or percent). */
    private static double niceMax(double max) {
        double raw = max / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = 10 * magnitude;
        for (double m : new double[] {1, 2, 5}) {
            if (m * magnitude >= raw) {
                step = m * magnitude;
                break;
            }
        }
        return Math.max(1, step) * 4;
    }

    /** "2026-11" as "Nov 26"; anything else as it is. */
    private static String category(String text) {
        try {
            return YearMonth.parse(text).format(MONTH);
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    /** The text shortened with "…" until it fits the width. */
    static String fit(PDType0Font font, String text, float size, float width) throws IOException {
        if (font.getStringWidth(text) / 1000 * size <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && font.getStringWidth(t + "…") / 1000 * size > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    static void text(PDPageContentStream s, PDType0Font font, String text, float size, float x, float baseline)
            throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, baseline);
        s.showText(text);
        s.endText();
    }
}
