package org.creddesk.adequacy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.creddesk.domain.adequacy.AdequacyInputException;
import org.creddesk.domain.adequacy.Geography;
import org.creddesk.domain.adequacy.MemberCount;

/**
 * The members file a plan or group provides: {@code zip,members}, one row per ZIP (a ZIP twice adds up). A ZIP+4
 * keeps its first five digits; a ZIP that lost its leading zeros in a spreadsheet (2139) gets them back. Every
 * problem names the row, the column and the value; ZIP codes the geography does not know are all listed in one
 * sentence rather than dropped.
 */
public final class MembersCsv {
    public static final String HEADER = "zip,members";
    private static final int LISTED = 10;

    private MembersCsv() {
    }

    public static List<MemberCount> read(Path file, Geography geography) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.getFileName().toString(), in, geography);
        } catch (NoSuchFileException e) {
            throw new AdequacyInputException(0, "", file.toString(), "There is no members file " + file);
        }
    }

    public static List<MemberCount> read(String name, Reader in, Geography geography) {
        CsvTable t = CsvTable.read(name, in);
        int zipColumn = t.require("zip", HEADER);
        int membersColumn = t.require("members", HEADER);
        List<MemberCount> result = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        AdequacyInputException firstUnknown = null;
        for (CsvRecord r : t.rows()) {
            String rawZip = CsvTable.cell(r, zipColumn);
            String zip = zip(rawZip);
            if (zip == null) {
                throw t.bad(r, "zip", rawZip, "is not a ZIP code (five digits, or ZIP+4)");
            }
            String rawMembers = CsvTable.cell(r, membersColumn);
            long members = members(rawMembers);
            if (members < 0) {
                throw t.bad(r, "members", rawMembers, "is not a whole number of members (0 or more)");
            }
            if (geography.zip(zip).isEmpty()) {
                if (firstUnknown == null) {
                    firstUnknown = t.bad(r, "zip", rawZip, "is not a ZIP code the Census geography knows");
                }
                unknown.add("row " + r.getStartingLineNumber() + " '" + rawZip + "'");
                continue;
            }
            result.add(new MemberCount(zip, members));
        }
        if (firstUnknown != null) {
            if (unknown.size() == 1) {
                throw firstUnknown;
            }
            String listed = String.join(", ", unknown.subList(1, Math.min(unknown.size(), LISTED)));
            int more = unknown.size() - Math.min(unknown.size(), LISTED);
            throw new AdequacyInputException(firstUnknown.row(), "zip", firstUnknown.value(), firstUnknown.getMessage()
                    + "; " + (unknown.size() - 1) + " more unknown ZIP codes: " + listed
                    + (more > 0 ? " and " + more + " more" : ""));
        }
        if (result.isEmpty()) {
            throw new AdequacyInputException(0, "", "", name + " has no member rows under its header " + HEADER);
        }
        return result;
    }

    /** Five digits from "02139", "02139-4307", "2139" (a spreadsheet dropped the zero), else null. */
    static String zip(String raw) {
        String s = raw.strip();
        if (s.matches("\\d{5}-\\d{4}") || s.matches("\\d{9}")) {
            s = s.substring(0, 5);
        }
        if (!s.matches("\\d{3,5}")) {
            return null;
        }
        return "0".repeat(5 - s.length()) + s;
    }

    /** A whole number of members ("1,200" and "1200.0" too), or -1. */
    static long members(String raw) {
        String s = raw.strip().replace(",", "");
        if (s.matches("\\d{1,12}(\\.0+)?")) {
            return Long.parseLong(s.contains(".") ? s.substring(0, s.indexOf('.')) : s);
        }
        return -1;
    }
}
