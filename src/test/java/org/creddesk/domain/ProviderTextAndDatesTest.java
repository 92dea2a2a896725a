package org.creddesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules every input shares (the window, the CLI, rosters): no control characters in text, no line breaks in a
 * one-line field, and dates a person could mean.
 */
class ProviderTextAndDatesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static Provider provider(String last, String first, LocalDate dob) {
        return new Provider("p1", first, null, last, null, "MD", dob, null, null, null, null, "1234567893", null, null,
                null, null, null, null, null, null, ProviderStatus.ACTIVE);
    }

    static License license(String number, LocalDate issued, LocalDate expires) {
        return new License("l", "p1", "MA", "MD", number, issued, expires, "Active");
    }

    @Test
    void controlCharactersAndLineBreaksInTextAreRefusedAtTheirField() {
        ProviderFile f = ProviderFile.of(provider("Smith\r\nJr", "An\u0000na", LocalDate.of(1980, 1, 1)))
                .withLicenses(List.of(license("A\u202E123", null, null)))
                .withWorkHistory(List.of(new WorkHistory("w", "p1", "General Hospital", "Attending", "Boston", "MA",
                        LocalDate.of(2010, 1, 1), LocalDate.of(2015, 1, 1), "Parental leave,\nthen moved")));
        assertThat(ProviderValidator.validate(f, TODAY)).extracting(Problem::field, Problem::key, Problem::message)
                .containsExactlyInAnyOrder(
                        tuple("lastName", "validation.text.control",
                                "Holds a line break or control character (U+000D): retype it"),
                        tuple("firstName", "validation.text.control",
                                "Holds a line break or control character (U+0000): retype it"),
                        tuple("licenses[0].number", "validation.text.control",
                                "Holds a line break or control character (U+202E): retype it"));
    }

    @Test
    void datesOutsideWhatAPersonCouldMeanAreRefusedAtTheirField() {
        ProviderFile f = ProviderFile.of(provider("Müller", "Anna", LocalDate.of(2099, 1, 1)))
                .withLicenses(List.of(license("003806", LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)),
                        license("003807", LocalDate.of(1990, 6, 1), TODAY.plusYears(50))));
        assertThat(ProviderValidator.validate(f, TODAY)).extracting(Problem::field, Problem::key).containsExactly(
                tuple("dateOfBirth", "validation.dob.implausible"),
                tuple("licenses[0].issued", "validation.date.implausible"),
                tuple("licenses[0].expires", "validation.date.implausible"));
        assertThat(ProviderValidator.validate(f, TODAY)).filteredOn(p -> p.field().equals("licenses[0].expires"))
                .extracting(Problem::message).containsExactly("Not a plausible date (not a plausible date: it is more "
                        + "than 50 years ahead (leave it empty when there is no end date))");
    }

    @Test
    void theSameRulesAsTheRosterUses() {
        assertThat(PlausibleDates.isPlausibleBirthDate(TODAY.minusYears(16), TODAY)).isTrue();
        assertThat(PlausibleDates.isPlausibleBirthDate(TODAY.minusYears(16).plusDays(1), TODAY)).isFalse();
        assertThat(PlausibleDates.isPlausible(LocalDate.of(1900, 1, 1), TODAY)).isTrue();
        assertThat(PlausibleDates.isPlausible(LocalDate.of(1899, 12, 31), TODAY)).isFalse();
        assertThat(CleanText.folded(" a\r\n\tb ")).isEqualTo("a b");
        assertThat(CleanText.visible("a\u0000b\n")).isEqualTo("a[U+0000]b[U+000A]");
    }
}
