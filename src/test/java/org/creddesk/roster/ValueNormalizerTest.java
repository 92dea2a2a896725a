package org.creddesk.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueNormalizerTest {
    final ValueNormalizer n = new ValueNormalizer(LocalDate.of(2026, 11, 23));

    @ParameterizedTest
    @CsvSource({
        "03/15/2027, 2027-03-15",
        "3/15/2027, 2027-03-15",
        "2027-03-15, 2027-03-15",
        "3/15/27, 2027-03-15",
        "15-Mar-2027, 2027-03-15",
        "15-MAR-27, 2027-03-15",
        "'March 15, 2027', 2027-03-15",
        "2027-03-15T00:00:00, 2027-03-15"})
    void everyCommonDateForm(String raw, String iso) {
        assertThat(n.normalize(RosterField.LICENSE_EXPIRES, raw).value()).isEqualTo(iso);
    }

    @Test
    void impossibleDatesAreProblemsNotGuesses() {
        assertThat(n.normalize(RosterField.LICENSE_EXPIRES, "02/31/2027").problem()).isEqualTo("'02/31/2027' is not a date");
        assertThat(n.normalize(RosterField.LICENSE_EXPIRES, "13/01/2027").isValid()).isFalse();
        assertThat(n.normalize(RosterField.DATE_OF_BIRTH, "02/29/1981").isValid()).isFalse();
    }

    @Test
    void twoDigitBirthYearsAreNeverInTheFuture() {
        assertThat(n.normalize(RosterField.DATE_OF_BIRTH, "4/5/70").value()).isEqualTo("1970-04-05");
        assertThat(n.normalize(RosterField.DATE_OF_BIRTH, "4/5/45").value()).isEqualTo("1945-04-05");
        assertThat(n.normalize(RosterField.LICENSE_EXPIRES, "4/5/45").value()).isEqualTo("2045-04-05");
    }

    @Test
    void npisAsSpreadsheetsDeliverThem() {
        assertThat(n.normalize(RosterField.NPI, "1234567893.0").value()).isEqualTo("1234567893");
        assertThat(n.normalize(RosterField.NPI, "1.234567893E9").value()).isEqualTo("1234567893");
        assertThat(n.normalize(RosterField.NPI, " 1234567893 ").value()).isEqualTo("1234567893");
        assertThat(n.normalize(RosterField.NPI, "1234567890").problem()).contains("check digit");
    }

    @Test
    void zipsFlagsEmptiesAndNames() {
        assertThat(n.normalize(RosterField.PRACTICE_ZIP, "2134").value()).isEqualTo("02134");
        assertThat(n.normalize(RosterField.PRACTICE_ZIP, "21340000").value()).isEqualTo("02134-0000");
        assertThat(n.normalize(RosterField.PRACTICE_ZIP, "ABCDE").isValid()).isFalse();
        assertThat(n.normalize(RosterField.ACCEPTING_NEW_PATIENTS, "Yes").value()).isEqualTo("Y");
        assertThat(n.normalize(RosterField.ACCEPTING_NEW_PATIENTS, "n").value()).isEqualTo("N");
        assertThat(n.normalize(RosterField.PRACTICE_ADDRESS, "N/A").isEmpty()).isTrue();
        assertThat(n.normalize(RosterField.PRACTICE_ADDRESS, " none ").isEmpty()).isTrue();
        assertThat(n.normalize(RosterField.LAST_NAME, "  Nguyễn ").value()).isEqualTo("Nguyễn");
        assertThat(n.normalize(RosterField.LICENSE_NUMBER, "003806").value()).isEqualTo("003806");
        assertThat(n.normalize(RosterField.PRACTICE_STATE, "tx").value()).isEqualTo("TX");
        assertThat(n.normalize(RosterField.PRACTICE_STATE, "Texas").problem()).isEqualTo("'Texas' is not a US state code");
        assertThat(n.normalize(RosterField.TIN, "12345678").value()).isEqualTo("01-2345678");
        assertThat(n.normalize(RosterField.ACTION, "Term").value()).isEqualTo("TERM");
    }

    @Test
    void headersMatchTheirSynonyms() {
        assertThat(RosterField.forHeader("NPI #")).contains(RosterField.NPI);
        assertThat(RosterField.forHeader("Individual NPI")).contains(RosterField.NPI);
        assertThat(RosterField.forHeader("Rendering NPI")).contains(RosterField.NPI);
        assertThat(RosterField.forHeader("Lic #")).contains(RosterField.LICENSE_NUMBER);
        assertThat(RosterField.forHeader("License Number")).contains(RosterField.LICENSE_NUMBER);
        assertThat(RosterField.forHeader(" Lic Exp ")).contains(RosterField.LICENSE_EXPIRES);
        assertThat(RosterField.forHeader("Group NPI")).contains(RosterField.GROUP_NPI);
        assertThat(RosterField.forHeader("Shoe size")).isEmpty();
    }
}
