package org.creddesk.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hand-made xlsx files as a broken exporter or an attacker writes them: the parts given as raw XML, nothing
 * checked, small on disk whatever they expand to.
 */
public final class HostileFiles {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private HostileFiles() {
    }

    /** A workbook with one sheet; {@code sharedStrings} and {@code styles} are written when not null. */
    public static Path xlsx(Path dir, String name, String sheetXml, Part sharedStrings, String styles) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + (sharedStrings == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                    + (styles == null ? "" : "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>")
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">"
                    + "<sheets><sheet name=\"Providers\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + (sharedStrings == null ? "" : "<Relationship Id=\"rId2\" Type=\"" + REL
                    + "/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                    + (styles == null ? "" : "<Relationship Id=\"rId3\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>")
                    + "</Relationships>");
            put(zip, "xl/worksheets/sheet1.xml", sheetXml);
            if (sharedStrings != null) {
                zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
                sharedStrings.writeTo(zip);
                zip.closeEntry();
            }
            if (styles != null) {
                put(zip, "xl/styles.xml", styles);
            }
        }
        return file;
    }

    /** A part written as it is zipped, so it may expand far beyond what the test holds in memory. */
    @FunctionalInterface
    public interface Part {
        void writeTo(OutputStream out) throws IOException;
    }

    public static Part text(String xml) {
        return out -> out.write(xml.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Shared strings of {@code count} entries of about {@code chars} characters each: long runs of one letter
     * with a few random ones between, so deflate packs them about 70 to 1, under the zip-bomb ratio POI refuses.
     */
    public static Part bulkySharedStrings(int count, int chars) {
        return out -> {
            Random r = new Random(7);
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\" count=\"" + count
                    + "\" uniqueCount=\"" + count + "\">").getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(chars + 64);
            for (int i = 0; i < count; i++) {
                sb.setLength(0);
                sb.append("<si><t>");
                while (sb.length() < chars) {
                    char run = (char) ('a' + r.nextInt(26));
                    sb.append(String.valueOf(run).repeat(600 + r.nextInt(500)));
                    for (int k = 0; k < 6; k++) {
                        sb.append((char) ('A' + r.nextInt(26)));
                    }
                }
                sb.append("</t></si>");
                out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            }
            out.write("</sst>".getBytes(StandardCharsets.UTF_8));
        };
    }

    public static String sheet(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows
                + "</sheetData></worksheet>";
    }

    /** A row of inline-string cells in columns A, B, C... */
    public static String row(int r, String... values) {
        StringBuilder sb = new StringBuilder("<row r=\"" + r + "\">");
        for (int i = 0; i < values.length; i++) {
            sb.append("<c r=\"").append((char) ('A' + i)).append(r).append("\" t=\"inlineStr\"><is><t>")
                    .append(values[i]).append("</t></is></c>");
        }
        return sb.append("</row>").toString();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
