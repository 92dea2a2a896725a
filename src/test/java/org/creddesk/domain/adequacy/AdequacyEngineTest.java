package org.creddesk.domain.adequacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.creddesk.domain.Progress;
import org.junit.jupiter.api.Test;

/** Adequacy on three hand-checked counties (see {@link ThreeCounties} for the distances). */
class AdequacyEngineTest {
    static final AdequacyStandard PRIMARY = new AdequacyStandard("Primary Care", List.of("207Q", "208D"), 10, 15,
            1.0, 0.9);
    static final AdequacyStandard CARDIOLOGY = new AdequacyStandard("Cardiology", List.of("207RC0000X"), 40, 30,
            0.27, 0.9);
    static final List<MemberCount> MEMBERS = List.of(new MemberCount("10001", 600), new MemberCount("10002", 300),
            new MemberCount("20001", 100), new MemberCount("30001", 1000));

    final AdequacyEngine engine = new AdequacyEngine(ThreeCounties.geography());

    @Test
    void distancesAreStraightLineMilesBetweenCentroids() {
        assertThat(Haversine.miles(40.0, -100.0, 40.1, -100.0)).isCloseTo(6.91, within(0.01));
        assertThat(Haversine.miles(40.0, -100.0, 40.5, -100.0)).isCloseTo(34.55, within(0.01));
        assertThat(Haversine.miles(40.0, -100.0, 41.0, -100.0)).isCloseTo(69.09, within(0.01));
    }

    @Test
    void aMemberIsCoveredWhenTheNearestProviderOfTheGroupIsWithinMaxMiles() {
        List<ProviderSite> sites = List.of(
                new ProviderSite("p1", "10001", Set.of("207Q00000X")),
                new ProviderSite("p2", "20001", Set.of("207RC0000X")),
                new ProviderSite("p3", "30001", Set.of("363L00000X")));
        AdequacyResult r = engine.evaluate(List.of(PRIMARY, CARDIOLOGY), MEMBERS, sites, Progress.NONE);

        AdequacyResult.GroupResult primary = r.groups().get(0);
        assertThat(primary.figures().members()).isEqualTo(2000);
        assertThat(primary.figures().coveredMembers()).as("10001 at 0 miles, 10002 at 6.9").isEqualTo(900);
        assertThat(primary.figures().coveredShare()).isEqualTo(0.45);
        assertThat(primary.figures().providers()).isEqualTo(1);
        assertThat(primary.figures().providersPer1000()).isEqualTo(0.5);
        assertThat(primary.figures().pass()).isFalse();
        assertThat(primary.figures().failingZips()).containsExactly("20001", "30001");
        assertThat(primary.counties()).extracting(c -> c.county().name()).containsExactly("Alpha", "Bravo", "Charlie");
        AdequacyResult.Figures alpha = primary.counties().get(0).figures();
        assertThat(alpha.members()).isEqualTo(900);
        assertThat(alpha.coveredShare()).isEqualTo(1.0);
        assertThat(alpha.providersPer1000()).isCloseTo(1.111, within(0.001));
        assertThat(alpha.pass()).isTrue();
        AdequacyResult.Figures bravo = primary.counties().get(1).figures();
        assertThat(bravo.providers()).as("p1 is 34.5 miles from Bravo's members").isZero();
        assertThat(bravo.pass()).isFalse();
        assertThat(bravo.failingZips()).containsExactly("20001");

        AdequacyResult.GroupResult cardiology = r.groups().get(1);
        assertThat(cardiology.figures().coveredMembers()).as("every ZIP within 34.6 miles of 20001").isEqualTo(2000);
        assertThat(cardiology.figures().providersPer1000()).isEqualTo(0.5);
        assertThat(cardiology.figures().pass()).isTrue();
        assertThat(cardiology.counties().get(2).figures().providersPer1000()).as("Charlie: 1 per 1,000 members")
                .isEqualTo(1.0);
        assertThat(cardiology.counties()).allSatisfy(c -> assertThat(c.figures().pass()).isTrue());
    }

    @Test
    void aShortMaxMilesLeavesTheFarZipsUncovered() {
        AdequacyStandard tight = new AdequacyStandard("Cardiology", List.of("207RC"), 30, null, 0, 0.9);
        AdequacyResult r = engine.evaluate(List.of(tight), MEMBERS,
                List.of(new ProviderSite("p2", "20001", Set.of("207RC0000X"))), Progress.NONE);
        assertThat(r.groups().get(0).figures().failingZips()).as("10001 and 30001 are 34.5 miles away")
                .containsExactly("10001", "30001");
        assertThat(r.groups().get(0).figures().coveredMembers()).isEqualTo(400);
    }

    @Test
    void aProviderWithTwoLocationsCountsOnceAndUnknownProviderZipsAreReported() {
        List<ProviderSite> sites = List.of(
                new ProviderSite("p1", "10001", Set.of("207Q00000X")),
                new ProviderSite("p1", "10002", Set.of("207Q00000X")),
                new ProviderSite("p4", "99999", Set.of("207Q00000X")),
                new ProviderSite("p5", null, Set.of("207Q00000X")));
        AdequacyResult r = engine.evaluate(List.of(PRIMARY), MEMBERS, sites, Progress.NONE);
        assertThat(r.groups().get(0).figures().providers()).isEqualTo(1);
        assertThat(r.groups().get(0).counties().get(0).figures().providers()).isEqualTo(1);
        assertThat(r.unplacedProviderZips()).containsExactly("", "99999");
    }

    @Test
    void membersOfOneZipGivenTwiceAddUp() {
        AdequacyResult r = engine.evaluate(List.of(PRIMARY), List.of(new MemberCount("10001", 5),
                new MemberCount("10001", 7)), List.of(), Progress.NONE);
        assertThat(r.groups().get(0).figures().members()).isEqualTo(12);
        assertThat(r.groups().get(0).figures().coveredMembers()).isZero();
        assertThat(r.zipsWithMembers()).isEqualTo(1);
    }

    @Test
    void neighboursAreCountiesSharingAnOutlinePoint() {
        Geography g = ThreeCounties.geography();
        assertThat(g.withNeighbours(Set.of("90001"))).containsExactly("90001", "90002");
        assertThat(g.withNeighbours(Set.of("90002"))).containsExactly("90001", "90002", "90003");
    }

    @Test
    void theGridFindsWhatAScanOfEveryPairFinds() {
        java.util.Random random = new java.util.Random(3);
        int n = 2000;
        double[] lat = new double[n];
        double[] lon = new double[n];
        for (int i = 0; i < n; i++) {
            lat[i] = 25 + random.nextDouble() * 24;
            lon[i] = -124 + random.nextDouble() * 57;
        }
        PointGrid grid = new PointGrid(lat, lon);
        for (int q = 0; q < 300; q++) {
            double qLat = 25 + random.nextDouble() * 24;
            double qLon = -124 + random.nextDouble() * 57;
            double miles = 5 + random.nextDouble() * 100;
            int expected = 0;
            for (int i = 0; i < n; i++) {
                expected += Haversine.miles(qLat, qLon, lat[i], lon[i]) <= miles ? 1 : 0;
            }
            int[] found = {0};
            grid.forEachWithin(qLat, qLon, miles, i -> found[0]++);
            assertThat(found[0]).isEqualTo(expected);
            assertThat(grid.anyWithin(qLat, qLon, miles)).isEqualTo(expected > 0);
        }
    }
}
