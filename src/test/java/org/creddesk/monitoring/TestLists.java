package org.creddesk.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** List files for tests: the real fixtures on the class path, and files of fictitious people written on the spot. */
final class TestLists {
    static final String LEIE_HEADER = "LASTNAME,FIRSTNAME,MIDNAME,BUSNAME,GENERAL,SPECIALTY,UPIN,NPI,DOB,ADDRESS,CITY,"
            + "STATE,ZIP,EXCLTYPE,EXCLDATE,REINDATE,WAIVERDATE,WVRSTATE";
    static final String SAM_HEADER = "\"Classification\",\"Name\",\"Prefix\",\"First\",\"Middle\",\"Last\",\"Suffix\","
            + "\"Address 1\",\"Address 2\",\"Address 3\",\"Address 4\",\"City\",\"State / Province\",\"Country\","
            + "\"Zip Code\",\"Open Data Flag\",\"Blank (Deprecated)\",\"Unique Entity ID\",\"Exclusion Program\","
            + "\"Excluding Agency\",\"CT Code\",\"Exclusion Type\",\"Additional Comments\",\"Active Date\","
            + "\"Termination Date\",\"Record Status\",\"Cross-Reference\",\"SAM Number\",\"CAGE\",\"NPI\","
            + "\"Creation_Date\"";

    private TestLists() {
    }

    /** A real fixture copied into src/test/resources/monitoring (see SOURCES.md there). */
    static Path fixture(String name) {
        try {
            return Path.of(TestLists.class.getResource("/monitoring/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path write(Path dir, String name, String header, List<String> rows) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, header + "\r\n" + String.join("\r\n", rows) + "\r\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One UPDATED.csv row of a fictitious individual. */
    static String leiePerson(String last, String first, String npi, String dob, String state, String exclDate) {
        return String.join(",", last, first, "", "", "IND- LIC HC SERV PRO", "NURSE/NURSES AIDE", "",
                npi == null ? "0000000000" : npi, dob == null ? "" : dob, "1 FICTION WAY", "NOWHERE", state, "00001",
                "1128b4", exclDate, "00000000", "00000000", "");
    }

    /** One SAM extract row of a fictitious individual. */
    static String samPerson(String first, String last, String state, String npi, String active, String termination) {
        return "\"Individual\",\"\",\"\",\"" + first + "\",\"\",\"" + last + "\",\"\",\"\",\"\",\"\",\"\",\"NOWHERE\",\""
                + state + "\",\"USA\",\"00001\",\"\",\"\",\"\",\"Reciprocal\",\"HHS\",\"Z1\",\"Prohibition/Restriction\","
                + "\"Fictitious test row\",\"" + active + "\",\"" + termination + "\",\"Active\",\"\",\"S4MR0000000\",\"\",\""
                + (npi == null ? "" : npi) + "\",\"01/02/2020\"";
    }
}
