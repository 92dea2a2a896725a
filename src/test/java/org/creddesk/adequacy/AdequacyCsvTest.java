package org.creddesk.adequacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.creddesk.domain.adequacy.AdequacyInputException;
import org.creddesk.domain.adequacy.AdequacyStandard;
import org.creddesk.domain.adequacy.Geography;
import org.creddesk.domain.adequacy.MemberCount;
import org.creddesk.domain.adequacy.ThreeCounties;
import org.junit.jupiter.api.Test;

/** The members and standards files: what is accepted, and every refusal names the row, the column and the value. */
class AdequacyCsvTest {
    final Geography geography = ThreeCounties.geography();

    List<MemberCount> members(String text) {
        return MembersCsv.read("m.csv", new StringReader(text), geography);
    }

    @Test
    void membersAcceptZipPlusFourLostZerosSpacesAndABom() {
        Geography g = new Geography(List.of(new org.creddesk.domain.adequacy.ZipArea("02139", 42.36, -71.1, "25017")),
                List.of(), List.of());
        List<MemberCount> m = MembersCsv.read("m.csv", new StringReader("\uFEFFZIP , Members\n02139-4307,10\n2139,"
                + "\"1,200\"\n\n"), g);
        assertThat(m).containsExactly(new MemberCount("02139", 10), new MemberCount("02139", 1200));
    }

    @Test
    void nonNumericMembersNameTheRowColumnAndValue() {
        assertThatThrownBy(() -> members("zip,members\n10001,600\n10002,ten\n"))
                .isInstanceOfSatisfying(AdequacyInputException.class, e -> {
                    assertThat(e.row()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo("members");
                    assertThat(e.value()).isEqualTo("ten");
                })
                .hasMessage("m.csv, row 3, column 'members': 'ten' is not a whole number of members (0 or more)");
        assertThatThrownBy(() -> members("zip,members\n10001,-4\n")).hasMessageContaining("row 2, column 'members': '-4'");
    }

    @Test
    void unknownZipsAreAllListedNotDropped() {
        assertThatThrownBy(() -> members("zip,members\n10001,600\n99999,5\n10002,3\n88888,1\n"))
                .isInstanceOfSatisfying(AdequacyInputException.class, e -> assertThat(e.row()).isEqualTo(3))
                .hasMessage("m.csv, row 3, column 'zip': '99999' is not a ZIP code the Census geography knows; "
                        + "1 more unknown ZIP codes: row 5 '88888'");
        assertThatThrownBy(() -> members("zip,members\nABCDE,1\n"))
                .hasMessage("m.csv, row 2, column 'zip': 'ABCDE' is not a ZIP code (five digits, or ZIP+4)");
    }

    @Test
    void aMissingColumnSaysWhatTheHeaderMustBe() {
        assertThatThrownBy(() -> members("zip,count\n10001,600\n"))
                .isInstanceOfSatisfying(AdequacyInputException.class, e -> assertThat(e.column()).isEqualTo("members"))
                .hasMessage("m.csv, row 1 (the header): no column 'members'; the header must be zip,members");
        assertThatThrownBy(() -> members("")).hasMessageContaining("is empty");
        assertThatThrownBy(() -> members("zip,members\n")).hasMessageContaining("has no member rows");
    }

    @Test
    void standardsReadPrefixesSharesAndOptionalMinutes() {
        List<AdequacyStandard> s = StandardsCsv.read("s.csv", new StringReader("# source line\n"
                + StandardsCsv.HEADER + "\n\"Oncology - Medical, Surgical\",207RX0202X| 2086X0206X,30,0.19,90%\n"
                + "Cardiology,207RC,20,0.27,0.9\n"));
        assertThat(s).hasSize(2);
        assertThat(s.get(0).specialtyGroup()).isEqualTo("Oncology - Medical, Surgical");
        assertThat(s.get(0).taxonomyPrefixes()).containsExactly("207RX0202X", "2086X0206X");
        assertThat(s.get(0).minCoveredShare()).isEqualTo(0.9);
        assertThat(s.get(1).maxMinutes()).isNull();
        assertThat(StandardsCsv.read("again", new StringReader(StandardsCsv.write(s)))).isEqualTo(s);
    }

    @Test
    void aBadPrefixOrNumberNamesTheRowColumnAndValue() {
        assertThatThrownBy(() -> StandardsCsv.read("s.csv", new StringReader(StandardsCsv.HEADER
                + "\nPrimary Care,207Q|20 7R,10,1.67,0.9\n")))
                .isInstanceOfSatisfying(AdequacyInputException.class, e -> {
                    assertThat(e.row()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo("taxonomy_prefixes");
                    assertThat(e.value()).isEqualTo("207Q|20 7R");
                })
                .hasMessageStartingWith("s.csv, row 2, column 'taxonomy_prefixes': '207Q|20 7R' has '20 7R', which is "
                        + "not a taxonomy code prefix");
        assertThatThrownBy(() -> StandardsCsv.read("s.csv", new StringReader(StandardsCsv.HEADER
                + "\nPrimary Care,207Q,ten,1.67,0.9\n")))
                .hasMessage("s.csv, row 2, column 'max_miles': 'ten' is not a number");
        assertThatThrownBy(() -> StandardsCsv.read("s.csv", new StringReader(
                "specialty_group,taxonomy_prefixes,max_miles\nPrimary Care,207Q,10\n")))
                .hasMessageContaining("no column 'min_providers_per_1000'");
    }

    @Test
    void theShippedDefaultIsTheCmsMetroTable() {
        List<AdequacyStandard> s = StandardsCsv.shippedDefault();
        assertThat(s).hasSize(27);
        assertThat(s.get(0)).isEqualTo(new AdequacyStandard("Primary Care",
                List.of("207Q", "208D", "207R00000X", "207RG0300X"), 10, 15, 1.67, 0.9));
        assertThat(StandardsCsv.shippedSourceLines().get(0)).contains("42 CFR 422.116").contains("Metro");
    }
}
