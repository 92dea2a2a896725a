package org.creddesk.adequacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.creddesk.domain.adequacy.County;
import org.creddesk.domain.adequacy.Geography;
import org.creddesk.domain.adequacy.Haversine;
import org.creddesk.domain.adequacy.ZipArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Census data shipped in the jar loads, and known places are where they are. */
class ShippedGeographyTest {
    static Geography geography;

    @BeforeAll
    static void load() {
        geography = ShippedGeography.load();
    }

    @Test
    void everyZctaAndCountyIsThere() {
        assertThat(geography.zipCount()).isEqualTo(33_791);
        assertThat(geography.countyCount()).isEqualTo(3_231);
    }

    @Test
    void aKnownZipHasItsCentroidAndCounty() {
        ZipArea chelsea = geography.zip("10001").orElseThrow();
        assertThat(chelsea.lat()).isCloseTo(40.7507, within(0.0001));
        assertThat(chelsea.lon()).isCloseTo(-73.9973, within(0.0001));
        assertThat(chelsea.countyFips()).isEqualTo("36061");
        assertThat(geography.county("36061").orElseThrow().label()).isEqualTo("New York, New York");
        assertThat(geography.zip("60601").orElseThrow().countyFips()).as("the Loop is in Cook County").isEqualTo("17031");
        assertThat(geography.zip("00601").orElseThrow().countyFips()).as("leading zeros kept").isEqualTo("72001");
        assertThat(geography.zip("00000")).isEmpty();
    }

    @Test
    void countyCentroidsAndShapesAreWhereTheCountiesAre() {
        County cook = geography.county("17031").orElseThrow();
        assertThat(cook.name()).isEqualTo("Cook");
        assertThat(cook.state()).isEqualTo("Illinois");
        assertThat(Haversine.miles(cook.lat(), cook.lon(), 41.84, -87.82)).as("near Cook's centre").isLessThan(10);
        assertThat(geography.shape("17031")).hasValueSatisfying(s -> assertThat(s.rings()).isNotEmpty());
        assertThat(geography.withNeighbours(Set.of("17031"))).contains("17043", "17197", "18089");
    }
}
