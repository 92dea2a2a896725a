package org.creddesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderValidatorTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static Provider provider(String npi) {
        return new Provider("p1", "Anna", null, "Müller", null, "MD", LocalDate.of(1980, 1, 1), null, null, null, null,
                npi, null, null, null, null, null, null, null, null, ProviderStatus.ACTIVE);
    }

    @Test
    void aCompleteFileIsValid() {
        ProviderFile f = ProviderFile.of(provider("1234567893"))
                .withTaxonomies(List.of(new ProviderTaxonomy("t", "p1", "207R00000X", null, true)))
                .withLicenses(List.of(new License("l", "p1", "MA", "MD", "003806", TODAY.minusYears(1), TODAY.plusYears(1), "Active")))
                .withRegistrations(List.of(new DeaRegistration("d", "p1", RegistrationKind.DEA, "AP5836727", "MA", null, null, TODAY)));
        assertThat(ProviderValidator.validate(f, TODAY)).isEmpty();
    }

    @Test
    void reportsEachProblemAtItsField() {
        ProviderFile f = ProviderFile.of(provider("1234567890"))
                .withTaxonomies(List.of(new ProviderTaxonomy("t", "p1", "207R0000", null, false)))
                .withLicenses(List.of(new License("l", "p1", "ZZ", "MD", " ", TODAY, TODAY.minusDays(1), null)))
                .withRegistrations(List.of(new DeaRegistration("d", "p1", RegistrationKind.DEA, "AB4523767", "MA", null, null, null)));
        assertThat(ProviderValidator.validate(f, TODAY)).extracting(Problem::field, Problem::key).contains(
                org.assertj.core.groups.Tuple.tuple("npi", "validation.npi.checkDigit"),
                org.assertj.core.groups.Tuple.tuple("taxonomies[0].code", "validation.taxonomy.format"),
                org.assertj.core.groups.Tuple.tuple("taxonomies", "validation.taxonomy.onePrimary"),
                org.assertj.core.groups.Tuple.tuple("licenses[0].state", "validation.state.unknown"),
                org.assertj.core.groups.Tuple.tuple("licenses[0].number", "validation.required"),
                org.assertj.core.groups.Tuple.tuple("licenses[0].expires", "validation.dates.order"),
                org.assertj.core.groups.Tuple.tuple("registrations[0].number", "validation.dea.checkDigit"));
    }

    @Test
    void requiresNamesAndNpi() {
        Provider blank = Provider.blank("p1");
        assertThat(ProviderValidator.validate(ProviderFile.of(blank), TODAY)).extracting(Problem::field)
                .contains("lastName", "firstName", "npi");
    }

    @Test
    void claimsHaveTheirOwnDateRuleAndTheTextChecksOfEveryOtherRecord() {
        ProviderFile f = ProviderFile.of(provider("1234567893")).withMalpracticeClaims(List.of(
                new MalpracticeClaim("c1", "p1", LocalDate.of(1850, 1, 1), ClaimStatus.CLOSED_PAID,
                        new java.math.BigDecimal("-1"), "Missed\ndiagnosis", "Carrier\u0007", "POL-1")));
        assertThat(ProviderValidator.validate(f, TODAY)).extracting(Problem::field, Problem::key).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("malpracticeClaims[0].claimDate", "validation.claim.tooEarly"),
                org.assertj.core.groups.Tuple.tuple("malpracticeClaims[0].description", "validation.text.control"),
                org.assertj.core.groups.Tuple.tuple("malpracticeClaims[0].carrier", "validation.text.control"),
                org.assertj.core.groups.Tuple.tuple("malpracticeClaims[0].amount", "validation.claim.negativeAmount"));
    }
}
