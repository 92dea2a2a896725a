package org.creddesk.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.creddesk.domain.BoardCertification;
import org.creddesk.domain.DeaRegistration;
import org.creddesk.domain.License;
import org.creddesk.domain.PracticeLocation;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.sample.SyntheticProviders;

/**
 * Writes a synthetic roster as Excel produces them (NPIs as numbers, dates as date-formatted serials, a title
 * row above the header) for the roster benchmark; streaming, so any row count fits in memory.
 */
public final class BenchRosterWriter {
    public static final List<String> HEADERS = List.of("Rendering NPI", "Last Name", "First Name", "Degree", "DOB",
            "Gender", "Languages", "CAQH ID", "Taxonomy", "Lic State", "Lic #", "Lic Exp", "DEA Number", "DEA Exp",
            "Board", "Board Expiration", "Practice Address", "City", "State", "ZIP", "Phone",
            "Accepting New Patients");
    public static final int COLUMNS = HEADERS.size();

    private BenchRosterWriter() {
    }

    public static void write(OutputStream out, int rows, LocalDate today, Clock clock) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            wb.setCompressTempFiles(true);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("mm/dd/yyyy"));
            SXSSFSheet sheet = wb.createSheet("Providers");
            sheet.createRow(0).createCell(0).setCellValue("Synthetic provider roster (benchmark)");
            Row header = sheet.createRow(2);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
            }
            for (int i = 0; i < rows; i++) {
                ProviderFile f = SyntheticProviders.one(i, today, clock);
                Provider p = f.provider();
                License l = f.licenses().get(0);
                DeaRegistration d = f.registrations().get(0);
                BoardCertification b = f.boardCertifications().get(0);
                PracticeLocation loc = f.locations().get(0);
                Row r = sheet.createRow(3 + i);
                int c = 0;
                r.createCell(c++).setCellValue(Double.parseDouble(p.npi()));
                r.createCell(c++).setCellValue(p.lastName());
                r.createCell(c++).setCellValue(p.firstName());
                r.createCell(c++).setCellValue(p.degree());
                dateCell(r, c++, p.dateOfBirth(), date);
                r.createCell(c++).setCellValue(p.gender());
                r.createCell(c++).setCellValue(p.languages());
                r.createCell(c++).setCellValue(p.caqhId());
                r.createCell(c++).setCellValue(f.taxonomies().get(0).code());
                r.createCell(c++).setCellValue(l.state());
                r.createCell(c++).setCellValue(l.number());
                dateCell(r, c++, l.expires(), date);
                r.createCell(c++).setCellValue(d.number());
                dateCell(r, c++, d.expires(), date);
                r.createCell(c++).setCellValue(b.board());
                dateCell(r, c++, b.expires(), date);
                r.createCell(c++).setCellValue(loc.address());
                r.createCell(c++).setCellValue(loc.city());
                r.createCell(c++).setCellValue(loc.state());
                r.createCell(c++).setCellValue(loc.zip());
                r.createCell(c++).setCellValue(loc.phone());
                r.createCell(c).setCellValue(loc.acceptingNewPatients() ? "Y" : "N");
            }
            wb.write(out);
        }
    }

    private static void dateCell(Row r, int c, LocalDate d, CellStyle style) {
        var cell = r.createCell(c);
        cell.setCellValue(d);
        cell.setCellStyle(style);
    }
}
