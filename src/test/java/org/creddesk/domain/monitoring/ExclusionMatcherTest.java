package org.creddesk.domain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.creddesk.domain.monitoring.ScreeningSubject.PersonName;
import org.junit.jupiter.api.Test;

/** Fictitious people only; NPIs are made-up numbers with valid check digits. */
class ExclusionMatcherTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDate DOB = LocalDate.of(1971, 4, 9);

    static ExclusionRecord person(String last, String first, LocalDate dob, String state, String npi) {
        return new ExclusionRecord(ListSource.LEIE, last, first, null, null, false, npi, dob, "1 Test Way", "Testville",
                state, "00001", "IND- LIC HC SERV PRO", "NURSE/NURSES AIDE", "1128b4", LocalDate.of(2020, 1, 16),
                null, null);
    }

    static ExclusionRecord business(String name, String state, String npi) {
        return new ExclusionRecord(ListSource.LEIE, null, null, null, name, true, npi, null, "2 Test Way", "Testville",
                state, "00002", "OTHER BUSINESS", "CLINIC", "1128b7", LocalDate.of(2021, 3, 18), null, null);
    }

    static ScreeningSubject subject(String last, String first, LocalDate dob, String state, List<PersonName> others) {
        List<PersonName> names = new java.util.ArrayList<>(List.of(new PersonName("legal", last, first)));
        names.addAll(others);
        return new ScreeningSubject("p1", "1234567893", dob, names, Set.of(state), null, List.of());
    }

    static List<ExclusionMatch> screen(ScreeningSubject s, ExclusionRecord... rows) {
        return new ExclusionMatcher(List.of(rows), TODAY).screen(s);
    }

    @Test
    void npiOnTheRowIsDefiniteEvenWhenTheNameDiffers() {
        var hits = screen(subject("Quayle", "Dana", DOB, "MA", List.of()),
                person("OTHERNAME", "PAT", null, "TX", "1234567893"));
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.strength()).isEqualTo(MatchStrength.DEFINITE);
            assertThat(h.reasons()).contains("NPI 1234567893 is on the list row");
        });
    }

    @Test
    void diacriticsCaseAndSuffixesDoNotMatterAndTheDateOfBirthMakesItProbable() {
        var hits = screen(subject("Müller", "Zoë", DOB, "MA", List.of()),
                person("MULLER JR", "ZOE", DOB, "OH", null));
        assertThat(hits).singleElement().extracting(ExclusionMatch::strength).isEqualTo(MatchStrength.PROBABLE);
        assertThat(hits.get(0).reasons()).contains("date of birth 1971-04-09 matches");
    }

    @Test
    void hyphensSpacesAndApostrophesCompareEqual() {
        assertThat(screen(subject("Garcia-Okafor", "Lena", DOB, "MA", List.of()),
                person("GARCIA OKAFOR", "LENA", DOB, "MA", null))).hasSize(1);
        assertThat(screen(subject("O'Vandermeer", "Lena", DOB, "MA", List.of()),
                person("OVANDERMEER", "LENA", DOB, "MA", null))).hasSize(1);
    }

    @Test
    void onePartOfACompoundLastNameIsOnlyPossible() {
        var hits = screen(subject("Garcia-Okafor", "Lena", DOB, "MA", List.of()),
                person("OKAFOR", "LENA", DOB, "TX", null));
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.strength()).isEqualTo(MatchStrength.POSSIBLE);
            assertThat(h.reasons()).anyMatch(r -> r.contains("part of the compound last name"));
        });
    }

    @Test
    void nicknamesFromTheTableMatchButUnrelatedFirstNamesDoNot() {
        assertThat(screen(subject("Thistlewood", "William", DOB, "MA", List.of()),
                person("THISTLEWOOD", "BILL", DOB, "MA", null)))
                .singleElement().satisfies(h -> assertThat(h.reasons()).anyMatch(r -> r.contains("nickname")));
        assertThat(screen(subject("Thistlewood", "Katherine", DOB, "MA", List.of()),
                person("THISTLEWOOD", "KATHY", DOB, "MA", null))).hasSize(1);
        assertThat(screen(subject("Thistlewood", "Margaret", DOB, "MA", List.of()),
                person("THISTLEWOOD", "PEGGY", DOB, "MA", null))).hasSize(1);
        assertThat(screen(subject("Thistlewood", "William", DOB, "MA", List.of()),
                person("THISTLEWOOD", "ROBERT", DOB, "MA", null))).isEmpty();
    }

    @Test
    void swappedFirstAndLastNamesAreFoundAndSaidSo() {
        var hits = screen(subject("Wenbo", "Xiang", DOB, "MA", List.of()), person("XIANG", "WENBO", DOB, "MA", null));
        assertThat(hits).singleElement().satisfies(h ->
                assertThat(h.reasons()).contains("first and last names are swapped"));
    }

    @Test
    void maidenNameIsScreenedToo() {
        var hits = screen(subject("Brightwater", "Ines", DOB, "MA",
                        List.of(new PersonName("maiden", "Koval-Sand", "Ines"))),
                person("KOVALSAND", "INES", DOB, "NJ", null));
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.strength()).isEqualTo(MatchStrength.PROBABLE);
            assertThat(h.reasons()).contains("matches other name (maiden) Koval-Sand, Ines");
        });
    }

    @Test
    void differentDatesOfBirthRuleANameOut() {
        assertThat(screen(subject("Quayle", "Dana", DOB, "MA", List.of()),
                person("QUAYLE", "DANA", DOB.plusDays(1), "MA", null))).isEmpty();
    }

    @Test
    void withoutADateOfBirthTheSameStateMakesAPossibleHit() {
        assertThat(screen(subject("Quayle", "Dana", DOB, "MA", List.of()), person("QUAYLE", "DANA", null, "MA", null)))
                .singleElement().satisfies(h -> {
                    assertThat(h.strength()).isEqualTo(MatchStrength.POSSIBLE);
                    assertThat(h.elsewhere()).isFalse();
                    assertThat(h.reasons()).contains("same state MA, no date of birth to compare");
                });
        assertThat(screen(subject("Quayle", "Dana", DOB, "MA", List.of()), person("QUAYLE", "D", null, "MA", null)))
                .singleElement().satisfies(h -> assertThat(h.reasons()).contains("first initial D matches"));
    }

    @Test
    void aNameOnlyMatchInAnotherStateOrNoneIsPossibleAndRankedBelowTheProvidersState() {
        // Issue 11 item 6: providers move; the row's state never drops a name match, it only ranks it lower.
        ScreeningSubject wren = subject("Thornquist", "Wren", DOB, "VT", List.of());
        ExclusionRecord newMexico = person("THORNQUIST", "WREN", null, "NM", null);
        ExclusionRecord noState = person("THORNQUIST", "WREN", null, null, null);
        ExclusionRecord vermont = person("THORNQUIST", "WREN", null, "VT", null);
        List<ExclusionMatch> hits = screen(wren, newMexico, noState, vermont);
        assertThat(hits).extracting(h -> h.record().state()).containsExactly("VT", "NM", null);
        assertThat(hits).allSatisfy(h -> assertThat(h.strength()).isEqualTo(MatchStrength.POSSIBLE));
        assertThat(hits).extracting(ExclusionMatch::elsewhere).containsExactly(false, true, true);
        assertThat(hits.get(0).rank()).isLessThan(hits.get(1).rank()).isEqualTo(4);
        assertThat(hits.get(1).reasons())
                .contains("listed in NM, not in the provider's states (VT), no date of birth to compare");
        assertThat(hits.get(2).reasons()).contains("the list row has no state, no date of birth to compare");
        // Still below every probable match, wherever that one is listed.
        ExclusionRecord probableElsewhere = person("THORNQUIST", "WREN", DOB, "AK", null);
        assertThat(screen(wren, newMexico, probableElsewhere)).extracting(ExclusionMatch::strength)
                .containsExactly(MatchStrength.PROBABLE, MatchStrength.POSSIBLE);
    }

    @Test
    void elsewhereCoversInitialsNicknamesAndProvidersWithoutADateOfBirthOrAState() {
        ScreeningSubject noDob = new ScreeningSubject("p2", null, null,
                List.of(new PersonName("legal", "Abernathy-Coyle", "Theodora")), Set.of(), null, List.of());
        assertThat(screen(noDob, person("ABERNATHY-COYLE", "THEODORA", LocalDate.of(1980, 2, 2), "WY", null)))
                .singleElement().satisfies(h -> {
                    assertThat(h.strength()).isEqualTo(MatchStrength.POSSIBLE);
                    assertThat(h.elsewhere()).isTrue();
                    assertThat(h.reasons()).contains(
                            "listed in WY, not in the provider's states (none on file), no date of birth to compare");
                });
        ScreeningSubject ted = subject("Abernathy-Coyle", "Theodora", DOB, "OR", List.of());
        assertThat(screen(ted, person("ABERNATHY-COYLE", "T", null, "ME", null))).singleElement()
                .satisfies(h -> assertThat(h.reasons()).contains("first initial T matches"));
        // A different date of birth still rules the name out, in any state.
        assertThat(screen(ted, person("ABERNATHY-COYLE", "THEODORA", DOB.minusYears(1), "ME", null))).isEmpty();
        // A practice name is not a person's: a business listed in another state is not this practice.
        ScreeningSubject practice = new ScreeningSubject("p3", null, DOB, List.of(new PersonName("legal", "Zed", "Q")),
                Set.of("OR"), null, List.of("Coyle Creek Family Clinic"));
        assertThat(screen(practice, business("COYLE CREEK FAMILY CLINIC", "ME", null))).isEmpty();
    }

    @Test
    void aFirstInitialWithTheSameDateOfBirthStaysPossible() {
        assertThat(screen(subject("Quayle", "Dana", DOB, "MA", List.of()), person("QUAYLE", "D", DOB, "TX", null)))
                .singleElement().extracting(ExclusionMatch::strength).isEqualTo(MatchStrength.POSSIBLE);
    }

    @Test
    void reinstatedAndTerminatedRowsAreNotInForce() {
        ExclusionRecord reinstated = person("QUAYLE", "DANA", DOB, "MA", null).withReinstatedOn(TODAY.minusDays(3));
        assertThat(screen(subject("Quayle", "Dana", DOB, "MA", List.of()), reinstated)).isEmpty();
        ExclusionRecord ended = new ExclusionRecord(ListSource.SAM, "QUAYLE", "DANA", null, null, false, null, null,
                null, null, "MA", null, null, null, "Ineligible", LocalDate.of(2020, 1, 1), null, TODAY.minusDays(1));
        assertThat(screen(subject("Quayle", "Dana", DOB, "MA", List.of()), ended)).isEmpty();
    }

    @Test
    void businessesAreComparedWithGroupNpiAndPracticeNamesNotWithPeople() {
        ScreeningSubject s = new ScreeningSubject("p1", "1234567893", DOB,
                List.of(new PersonName("legal", "Sleep", "Institute")), Set.of("FL"), "1245319599",
                List.of("Harborview Sleep & Wellness Institute, LLC", "Medlink Professional Management, Inc."));
        var hits = new ExclusionMatcher(List.of(business("HARBORVIEW SLEEP AND WELLNESS INSTITUTE", "FL", null),
                business("MEDLINK PROFESSIONAL MANAGEMEN", "FL", null), business("UNRELATED CLINIC", "FL", "1245319599"),
                business("SLEEP", "FL", null)), TODAY).screen(s);
        assertThat(hits).extracting(h -> h.record().businessName() + "=" + h.strength()).containsExactlyInAnyOrder(
                "UNRELATED CLINIC=DEFINITE", "HARBORVIEW SLEEP AND WELLNESS INSTITUTE=POSSIBLE",
                "MEDLINK PROFESSIONAL MANAGEMEN=POSSIBLE");
        assertThat(hits).filteredOn(h -> h.record().businessName().startsWith("MEDLINK")).singleElement()
                .satisfies(h -> assertThat(h.reasons().get(0)).contains("cuts names at 30 characters"));
    }

    @Test
    void normalizerFoldsWhatListsAndRecordsWriteDifferently() {
        assertThat(NameNormalizer.lastNameKey("MÜLLER")).isEqualTo(NameNormalizer.lastNameKey("Müller"))
                .isEqualTo("MULLER");
        assertThat(NameNormalizer.lastNameKey("Strauß-Øberg III")).isEqualTo("STRAUSSOBERG");
        assertThat(NameNormalizer.firstNameKey("Mary-Ann")).isEqualTo("MARY");
        assertThat(BusinessNames.key("The Smith & Jones Clinic, P.C.")).isEqualTo("SMITH JONES CLINIC");
    }

    @Test
    void scheduleWantsAScreeningWithinTheNextCalendarMonth() {
        assertThat(ScreeningSchedule.nextDue(LocalDate.of(2026, 1, 31), TODAY, 1)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(ScreeningSchedule.nextDue(LocalDate.of(2026, 11, 2), TODAY, 1)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(ScreeningSchedule.nextDue(LocalDate.of(2026, 11, 2), TODAY, 3)).isEqualTo(LocalDate.of(2027, 2, 28));
        // Never screened: due the day the provider was added, so overdue from the next day.
        assertThat(ScreeningSchedule.nextDue(null, LocalDate.of(2026, 10, 5), 1)).isEqualTo(LocalDate.of(2026, 10, 5));
    }

    @Test
    void aDecisionHoldsWhileTheRowIsUnchanged() {
        assertThat(HitStatus.afterRescreen(HitStatus.FALSE_POSITIVE, "abc", "abc")).isEqualTo(HitStatus.FALSE_POSITIVE);
        assertThat(HitStatus.afterRescreen(HitStatus.FALSE_POSITIVE, "abc", "def")).isEqualTo(HitStatus.OPEN);
        assertThat(HitStatus.afterRescreen(HitStatus.CONFIRMED, "abc", "def")).isEqualTo(HitStatus.OPEN);
    }
}
