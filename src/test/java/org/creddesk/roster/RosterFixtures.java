package org.creddesk.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes the spreadsheets the roster tests read: messy like real rosters, and broken in every common way. */
final class RosterFixtures {
    // Fictitious providers with valid NPI check digits (documented examples and synthetic numbers).
    static final String NPI_MULLER = "1234567893";
    static final String NPI_NGUYEN = "1679576722";
    static final String NPI_OBRIEN = "1003000126";
    static final String NPI_SMITH = "1000000004";
    static final String NPI_BAD = "1234567890";

    private RosterFixtures() {
    }

    /**
     * An instructions sheet first, then "Providers" with a title, a blank row, the header on row 4, NPIs as
     * numbers, dates in every form, ZIPs that lost their zero, a formatted license number, a footer.
     */
    static Path messyXlsx(Path dir) throws IOException {
        Path file = dir.resolve("Acme Medical Group roster.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    static Path messyXls(Path dir) throws IOException {
        Path file = dir.resolve("legacy roster.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            fill(wb);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static void fill(Workbook wb) {
        Sheet help = wb.createSheet("Instructions");
        help.createRow(0).createCell(0).setCellValue("Fill in one row per provider. Dates as MM/DD/YYYY.");
        Sheet s = wb.createSheet("Providers");
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("m/d/yy"));
        CellStyle sixDigits = wb.createCellStyle();
        sixDigits.setDataFormat(wb.createDataFormat().getFormat("000000"));
        s.createRow(0).createCell(0).setCellValue("Acme Medical Group — Provider Roster");
        s.createRow(1).createCell(0).setCellValue("As of November 2026");
        List<String> headers = List.of("Rendering NPI", "Last Name", "First Name", "DOB", "Degree", "Lic State",
                "Lic #", "Lic Exp", "Practice Address", "City", "State", "ZIP", "Phone", "Accepting New Patients",
                "Notes");
        Row h = s.createRow(3);
        for (int i = 0; i < headers.size(); i++) {
            h.createCell(i).setCellValue(headers.get(i));
        }
        Row r = s.createRow(4);
        r.createCell(0).setCellValue(Double.parseDouble(NPI_MULLER));
        r.createCell(1).setCellValue(" Müller ");
        r.createCell(2).setCellValue("Anna");
        var dob = r.createCell(3);
        dob.setCellValue(LocalDate.of(1980, 2, 29));
        dob.setCellStyle(date);
        r.createCell(4).setCellValue("MD");
        r.createCell(5).setCellValue("MA");
        var lic = r.createCell(6);
        lic.setCellValue(3806);
        lic.setCellStyle(sixDigits);
        r.createCell(7).setCellValue("03/15/2027");
        r.createCell(8).setCellValue("1 Main St");
        r.createCell(9).setCellValue("Boston");
        r.createCell(10).setCellValue("ma");
        r.createCell(11).setCellValue(2134);
        r.createCell(12).setCellValue("617.555.0100");
        r.createCell(13).setCellValue("Yes");
        text(s, 5, NPI_NGUYEN, "Nguyễn", "Thị Minh", "1975-06-01", "DO", "TX", "0012345", "2028-01-31", "N/A",
                "Houston", "TX", "77002", "(713) 555-0199", "N");
        text(s, 6, NPI_OBRIEN, "O'Brien", "Sean", "4/5/70", "NP", "NY", "A-998877", "15-Mar-2027", "5 Elm Ave",
                "Albany", "NY", "12207-1234", "518-555-0142", "no");
        text(s, 7, NPI_BAD, "Wrong", "Check", "01/01/1980", "MD", "MA", "1", "01/01/2027", "", "", "", "", "", "");
        text(s, 8, NPI_SMITH, "Smith", "Jo", "01/02/1981", "MD", "ZZ", "778", "02/31/2027", "", "", "", "", "", "");
        // row 10 is blank
        text(s, 10, "", "", "Pat", "01/01/1990", "MD", "", "", "", "", "", "", "", "", "");
        text(s, 11, NPI_MULLER, "Müller", "Anna", "02/29/1980", "MD", "", "", "", "", "", "", "", "", "");
        s.createRow(13).createCell(0).setCellValue("Total providers: 6");
    }

    private static void text(Sheet s, int row, String... values) {
        Row r = s.createRow(row);
        for (int i = 0; i < values.length; i++) {
            if (!values[i].isEmpty()) {
                r.createCell(i).setCellValue(values[i]);
            }
        }
    }

    static Path csv(Path dir, String name, Charset charset, boolean bom, String content) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(content.getBytes(charset));
        }
        return file;
    }

    static Path truncated(Path dir, Path good) throws IOException {
        byte[] all = Files.readAllBytes(good);
        Path file = dir.resolve("truncated.xlsx");
        Files.write(file, java.util.Arrays.copyOf(all, all.length / 2));
        return file;
    }

    static Path pdfNamedXlsx(Path dir) throws IOException {
        Path file = dir.resolve("roster.xlsx");
        Files.writeString(file, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n", StandardCharsets.US_ASCII);
        return file;
    }

    static Path encrypted(Path dir, Path good) throws Exception {
        Path file = dir.resolve("protected.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(Files.readAllBytes(good));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    /** A minimal xlsx whose sheet is given as raw XML (for zip bombs and XML entity attacks). */
    static Path rawXlsx(Path dir, String name, byte[] sheetXml) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(sheetXml);
            zip.closeEntry();
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static String sheetXml(String rowsXml) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + rowsXml + "</sheetData></worksheet>";
    }

    static String inlineRow(int r, String... values) {
        StringBuilder sb = new StringBuilder("<row r=\"" + r + "\">");
        for (int i = 0; i < values.length; i++) {
            sb.append("<c r=\"").append((char) ('A' + i)).append(r).append("\" t=\"inlineStr\"><is><t>")
                    .append(values[i]).append("</t></is></c>");
        }
        return sb.append("</row>").toString();
    }

    static Path zipBomb(Path dir) throws IOException {
        StringBuilder rows = new StringBuilder(inlineRow(1, "NPI", "Last Name", "First Name"));
        String padding = " ".repeat(1 << 20);
        byte[] xml = (sheetXml(rows.toString()).replace("<sheetData>", "<sheetData>" + padding.repeat(20)))
                .getBytes(StandardCharsets.UTF_8);
        return rawXlsx(dir, "bomb.xlsx", xml);
    }

    static Path xxe(Path dir) throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + inlineRow(1, "NPI", "Last Name", "First Name") + inlineRow(2, NPI_MULLER, "&xxe;", "Anna")
                + "</sheetData></worksheet>";
        return rawXlsx(dir, "xxe.xlsx", xml.getBytes(StandardCharsets.UTF_8));
    }
}
