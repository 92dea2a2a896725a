package org.creddesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.creddesk.domain.Progress;
import org.creddesk.domain.monitoring.ExclusionRecord;
import org.creddesk.domain.monitoring.ListSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListFileReaderTest {
    @TempDir
    Path dir;

    static List<ExclusionRecord> read(Path file, ListSource expected, ListFileReader.Summary[] summary) {
        List<ExclusionRecord> rows = new ArrayList<>();
        summary[0] = ListFileReader.read(file, expected, rows::add, Progress.NONE);
        return rows;
    }

    @Test
    void readsTheRealLeieSupplementBusinessRowsWithTheirQuirks() {
        ListFileReader.Summary[] s = new ListFileReader.Summary[1];
        List<ExclusionRecord> rows = read(TestLists.fixture("oig_leie_excl_supplements_2016-2023_business_rows.csv"),
                ListSource.LEIE, s);
        assertThat(s[0].rows()).isEqualTo(355);
        assertThat(s[0].problemCount()).isZero();
        assertThat(s[0].sha256()).isEqualTo("69ca41efa300ad330e1903ef410d055b76078fe9026c948f272ee1c1976ec8d3");
        assertThat(rows).allMatch(ExclusionRecord::business);
        assertThat(rows).filteredOn(r -> r.npi() != null).hasSize(249);
        assertThat(rows).allMatch(r -> r.middleName() == null && r.reinstatedOn() == null && r.dateOfBirth() == null);
        assertThat(rows.get(0)).satisfies(r -> {
            assertThat(r.businessName()).isEqualTo("AMERICAN SLEEP INSTITUTE");
            assertThat(r.npi()).isEqualTo("1629125307");
            assertThat(r.state()).isEqualTo("FL");
            assertThat(r.exclusionDate()).isEqualTo(LocalDate.of(2016, 1, 15));
        });
        assertThat(rows).extracting(ExclusionRecord::exclusionType).contains("1128a1", "BRCH SA")
                .noneMatch(t -> t.endsWith(" "));
        assertThat(rows).extracting(ExclusionRecord::businessName).contains("DENNIS B JAFFE, D M D, PC", "ONE STOP SCOOTER SHOP & MEDICA");
    }

    @Test
    void readsTheRealReinstatementRows() {
        ListFileReader.Summary[] s = new ListFileReader.Summary[1];
        List<ExclusionRecord> rows = read(TestLists.fixture("oig_leie_rein_supplements_2016-2023_business_rows.csv"),
                ListSource.LEIE, s);
        assertThat(rows).hasSize(25).allMatch(r -> r.reinstatedOn() != null);
        assertThat(rows.get(0).reinstatedOn()).isEqualTo(LocalDate.of(2016, 2, 1));
    }

    @Test
    void readsTheRealSamApiCsvSampleWithItsNullLiterals() {
        ListFileReader.Summary[] s = new ListFileReader.Summary[1];
        List<ExclusionRecord> rows = read(TestLists.fixture("sam_exclusions_v1_sample_csv_response.csv"),
                ListSource.SAM, s);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.business()).isTrue();
            assertThat(r.businessName()).isEqualTo("USA REMEDIATION SERVICES, INC");
            assertThat(r.npi()).isNull();
            assertThat(r.firstName()).isNull();
        });
        assertThat(s[0].layout()).isEqualTo("SAM.gov Exclusions API CSV");
    }

    @Test
    void readsTheRealSamWorkbookSamplesThroughTheRosterSpreadsheetReader() {
        ListFileReader.Summary[] s = new ListFileReader.Summary[1];
        List<ExclusionRecord> v4 = read(TestLists.fixture("sam_exclusions_v4_exclusion-sample-csv-1.xlsx"),
                ListSource.SAM, s);
        assertThat(s[0].rows()).isEqualTo(63);
        assertThat(s[0].problemCount()).isZero();
        assertThat(s[0].sha256()).isEqualTo("f96e78e1e8adf91c36593a5c4165a94b9cc1fd4d343a2980d579ac353cf780c2");
        assertThat(v4).allMatch(ExclusionRecord::business);
        assertThat(v4.get(0)).satisfies(r -> {
            assertThat(r.businessName()).isEqualTo("Shenzhen Hongdark Electronics Co., Ltd.");
            assertThat(r.exclusionType()).isEqualTo("Ineligible (Proceedings Completed)");
            assertThat(r.general()).isEqualTo("DEPT OF THE AIR FORCE");
            assertThat(r.npi()).isNull();
        });
        List<ExclusionRecord> v1 = read(TestLists.fixture("sam_exclusions_v1_exclusion-sample-csv.xlsx"),
                ListSource.SAM, s);
        assertThat(v1).singleElement().satisfies(r -> {
            assertThat(r.businessName()).isEqualTo("SHENZHEN HONGDARK ELECTRONICS CO., LTD.");
            assertThat(r.business()).isTrue();
        });
    }

    @Test
    void readsTheSamExtractWithIndefiniteAndUsDates() {
        Path file = TestLists.write(dir, "SAM_Exclusions_Public_Extract_V2.CSV", TestLists.SAM_HEADER, List.of(
                TestLists.samPerson("Orla", "Fictivane", "OH", "1000000004", "03/15/2024", "Indefinite"),
                TestLists.samPerson("Bram", "Testerov", "TX", "", "01/05/2023", "01/05/2026"),
                "\"Firm\",\"FICTIONAL HOLDINGS, LLC\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"X\",\"OH\",\"USA\","
                        + "\"1\",\"\",\"\",\"\",\"Reciprocal\",\"HHS\",\"\",\"Ineligible\",\"\",\"02/29/2024\","
                        + "\"Indefinite\",\"\",\"\",\"\",\"\",\"\",\"\""));
        ListFileReader.Summary[] s = new ListFileReader.Summary[1];
        List<ExclusionRecord> rows = read(file, ListSource.SAM, s);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).satisfies(r -> {
            assertThat(r.business()).isFalse();
            assertThat(r.lastName()).isEqualTo("Fictivane");
            assertThat(r.exclusionDate()).isEqualTo(LocalDate.of(2024, 3, 15));
            assertThat(r.terminationDate()).isNull();
            assertThat(r.exclusionType()).isEqualTo("Prohibition/Restriction");
        });
        assertThat(rows.get(1).terminationDate()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(rows.get(2).businessName()).isEqualTo("FICTIONAL HOLDINGS, LLC");
    }

    @Test
    void readsTheSamExtractInsideTheZipSamGovDelivers() throws Exception {
        Path csv = TestLists.write(dir, "SAM_Exclusions_Public_Extract_V2_26327.CSV", TestLists.SAM_HEADER, List.of(
                TestLists.samPerson("Orla", "Fictivane", "OH", "1000000004", "03/15/2024", "Indefinite")));
        Path zip = dir.resolve("SAM_Exclusions_Public_Extract_V2_26327.ZIP");
        try (var out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry(csv.getFileName().toString()));
            out.write(java.nio.file.Files.readAllBytes(csv));
            out.closeEntry();
        }
        ListFileReader.Summary[] s = new ListFileReader.Summary[1];
        List<ExclusionRecord> rows = read(zip, ListSource.SAM, s);
        assertThat(rows).singleElement().extracting(ExclusionRecord::lastName).isEqualTo("Fictivane");
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
        assertThat(s[0].sha256()).isEqualTo(java.util.HexFormat.of().formatHex(
                md.digest(java.nio.file.Files.readAllBytes(zip))));
    }

    @Test
    void anUnknownHeaderIsRefusedNamingTheColumnsExpected() {
        Path file = TestLists.write(dir, "roster.csv", "Name,NPI,Lic Exp", List.of("A,1,2"));
        assertThatThrownBy(() -> ListFileReader.read(file, null, r -> { }, Progress.NONE))
                .isInstanceOf(ListFileException.class)
                .hasMessageContaining("roster.csv has an unknown header (Name,NPI,Lic Exp)")
                .hasMessageContaining("LASTNAME,FIRSTNAME,MIDNAME,BUSNAME")
                .hasMessageContaining("Termination Date");
    }

    @Test
    void aSamFileGivenAsLeieIsRefused() {
        assertThatThrownBy(() -> ListFileReader.read(TestLists.fixture("sam_exclusions_v1_sample_csv_response.csv"),
                ListSource.LEIE, r -> { }, Progress.NONE))
                .hasMessageContaining("is a SAM.gov Exclusions API CSV file, not an OIG LEIE file");
    }

    @Test
    void aMissingFileSaysSo() {
        assertThatThrownBy(() -> ListFileReader.read(dir.resolve("UPDATED.csv"), ListSource.LEIE, r -> { },
                Progress.NONE)).isInstanceOf(org.creddesk.files.InputFileException.class)
                .hasMessageContaining("UPDATED.csv not found");
    }

    @Test
    void badRowsAreReportedByLineAndColumnAndTheRestIsKept() {
        Path file = TestLists.write(dir, "UPDATED.csv", TestLists.LEIE_HEADER, List.of(
                TestLists.leiePerson("FICTIVANE", "ORLA", null, "19700101", "OH", "20200115"),
                TestLists.leiePerson("TESTEROV", "BRAM", null, "19700231", "TX", "20200115"),
                "TOO,FEW,FIELDS"));
        ListFileReader.Summary[] s = new ListFileReader.Summary[1];
        List<ExclusionRecord> rows = read(file, ListSource.LEIE, s);
        assertThat(rows).hasSize(1);
        assertThat(s[0].problems()).containsExactly(
                "Line 3, column 'DOB': '19700231' is not a date (YYYYMMDD)", "Line 4: 3 fields, expected 18");
    }
}
