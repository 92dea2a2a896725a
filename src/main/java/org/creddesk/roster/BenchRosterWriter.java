package org.creddesk.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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
 * Writes a synthetic roster as payers send them (25 columns: names, the NPI as a number on some rows and as text on
 * others, group NPI, TIN, CAQH, taxonomy, license, DEA and board with expiries, the full practice address, phone,
 * accepting new patients, date of birth, effective date; dates as date cells and as text in three forms; a title
 * row above the header) for the roster benchmark; streaming, so any row count fits in memory.
 */
public final class BenchRosterWriter {
    public static final List<String> HEADERS = List.of("Rendering NPI", "Last Name", "First Name", "Degree", "DOB",
            "Gender", "Languages", "CAQH ID", "Group NPI", "TIN", "Taxonomy", "Lic State", "Lic #", "Lic Exp",
            "DEA Number", "DEA Exp", "Board", "Board Expiration", "Practice Address", "City", "State", "ZIP", "Phone",
            "Accepting New Patients", "Effective Date");
    public static final int COLUMNS = HEADERS.size();
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d-MMM-yyyy", Locale.US);

    private BenchRosterWriter() {
    }

    public static void write(OutputStream out, int rows, LocalDate today, Clock clock) throws IOException {
        write(out, rows, today, clock, 0);
    }

    /**
     * {@code changeEvery} n > 0 changes the phone and the license expiry of every n-th provider (n = 20 is 5%),
     * as next month's roster of the same providers would.
     */
    public static void write(OutputStream out, int rows, LocalDate today, Clock clock, int changeEvery)
            throws IOException {
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
                boolean changed = changeEvery > 0 && i % changeEvery == 0;
                Row r = sheet.createRow(3 + i);
                int c = 0;
                if (i % 2 == 0) {
                    r.createCell(c++).setCellValue(Double.parseDouble(p.npi()));
                } else {
                    r.createCell(c++).setCellValue(p.npi());
                }
                r.createCell(c++).setCellValue(p.lastName());
                r.createCell(c++).setCellValue(p.firstName());
                r.createCell(c++).setCellValue(p.degree());
                dateCell(r, c++, p.dateOfBirth(), date, i);
                r.createCell(c++).setCellValue(p.gender());
                r.createCell(c++).setCellValue(p.languages());
                r.createCell(c++).setCellValue(p.caqhId());
                r.createCell(c++).setCellValue(SyntheticProviders.npi(900_000 + i % 250));
                r.createCell(c++).setCellValue(String.format("%02d-%07d", 10 + i % 80, 1_000_000 + i % 250));
                r.createCell(c++).setCellValue(f.taxonomies().get(0).code());
                r.createCell(c++).setCellValue(l.state());
                r.createCell(c++).setCellValue(l.number());
                dateCell(r, c++, changed ? l.expires().plusYears(2) : l.expires(), date, i + 1);
                r.createCell(c++).setCellValue(d.number());
                dateCell(r, c++, d.expires(), date, i + 2);
                r.createCell(c++).setCellValue(b.board());
                dateCell(r, c++, b.expires(), date, i + 3);
                r.createCell(c++).setCellValue(loc.address());
                r.createCell(c++).setCellValue(loc.city());
                r.createCell(c++).setCellValue(loc.state());
                r.createCell(c++).setCellValue(loc.zip());
                r.createCell(c++).setCellValue(changed ? "(555) 010-9999" : loc.phone());
                r.createCell(c++).setCellValue(loc.acceptingNewPatients() ? "Y" : "N");
                dateCell(r, c, today.minusDays(30 + i % 700), date, i);
            }
            wb.write(out);
        }
    }

    /** Dates the ways rosters hold them: a date cell, "03/15/2027", "2027-03-15", "15-Mar-2027". */
    private static void dateCell(Row r, int c, LocalDate d, CellStyle style, int form) {
        var cell = r.createCell(c);
        switch (form % 4) {
            case 0 -> {
                cell.setCellValue(d);
                cell.setCellStyle(style);
            }
            case 1 -> cell.setCellValue(d.format(US));
            case 2 -> cell.setCellValue(d.toString());
            default -> cell.setCellValue(d.format(DAY_MONTH));
        }
    }
}
