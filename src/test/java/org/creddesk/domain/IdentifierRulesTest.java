package org.creddesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IdentifierRulesTest {
    @ParameterizedTest
    @ValueSource(strings = {"1234567893", "1679576722", "1003000126"})
    void validNpis(String npi) {
        assertThat(Npi.isValid(npi)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "1093791627", "123456789", "12345678931", "3234567893", "12345678a3", ""})
    void invalidNpis(String npi) {
        assertThat(Npi.isValid(npi)).isFalse();
    }

    @Test
    void npiCheckDigitNeedsTheFinalModTen() {
        // sum % 10 == 0 must give check digit 0, not 10: the classic missing "mod 10" bug.
        String first9 = findFirstNineWithCheckDigit(0);
        assertThat(Npi.checkDigit(first9)).isZero();
        assertThat(Npi.isValid(first9 + "0")).isTrue();
    }

    @Test
    void npiCheckDigitNeedsTheConstant24() {
        // Without the 24 of the "80840" prefix, 1234567893 would need check digit 7.
        assertThat(Npi.checkDigit("123456789")).isEqualTo(3);
        assertThat(Npi.isValid("1234567897")).isFalse();
    }

    @Test
    void npiReasonsSayWhatIsWrong() {
        assertThat(Npi.check("1234567890")).get().extracting(Problem::key).isEqualTo("validation.npi.checkDigit");
        assertThat(Npi.check("12345")).get().extracting(Problem::key).isEqualTo("validation.npi.format");
        assertThat(Npi.check("3234567893")).get().extracting(Problem::key).isEqualTo("validation.npi.prefix");
        assertThat(Npi.normalize(" 1234567893.0 ")).isEqualTo("1234567893");
    }

    private static String findFirstNineWithCheckDigit(int digit) {
        for (int i = 100000000; ; i++) {
            String s = Integer.toString(i);
            if (Npi.checkDigit(s) == digit) {
                return s;
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"AP5836727", "F91234563", "ap5836727", "AP5836727-12AB"})
    void validDeaNumbers(String dea) {
        assertThat(DeaNumber.isValid(dea)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB4523767", "A15836727", "AP583672", "AP58367270", "5836727"})
    void invalidDeaNumbers(String dea) {
        assertThat(DeaNumber.isValid(dea)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"207R00000X", "363LF0000X", "2084P0800X"})
    void validTaxonomies(String code) {
        assertThat(TaxonomyCode.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"207R00000", "207r00000X", "207R00000Y", "207R-0000X"})
    void invalidTaxonomies(String code) {
        assertThat(TaxonomyCode.isValid(code)).isFalse();
    }

    @Test
    void usStates() {
        assertThat(UsStates.isValid("ma")).isTrue();
        assertThat(UsStates.isValid("XX")).isFalse();
    }
}
