package org.creddesk.domain.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DayCountsTest {
    @Test
    void anOddCountHasItsMiddleCaseAsMedian() {
        DayCounts d = DayCounts.of(40, 10, 30, 20, 50);
        assertThat(d.median()).isEqualTo(30.0);
        assertThat(d.p90()).isEqualTo(50);
        assertThat(d.count()).isEqualTo(5);
    }

    @Test
    void anEvenCountAveragesTheTwoMiddleCases() {
        assertThat(DayCounts.of(30, 40).median()).isEqualTo(35.0);
        assertThat(DayCounts.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10).median()).isEqualTo(5.5);
    }

    @Test
    void p90IsTheNearestRank() {
        // 10 cases: rank ceil(9.0) = 9; 11 cases: rank ceil(9.9) = 10; 20 cases: rank 18.
        assertThat(DayCounts.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10).p90()).isEqualTo(9);
        assertThat(DayCounts.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11).p90()).isEqualTo(10);
        int[] twenty = new int[20];
        for (int i = 0; i < 20; i++) {
            twenty[i] = (i + 1) * 5;
        }
        assertThat(DayCounts.of(twenty).p90()).isEqualTo(90);
        assertThat(DayCounts.of(7).p90()).isEqualTo(7);
        assertThat(DayCounts.of(7).median()).isEqualTo(7.0);
    }

    @Test
    void bucketsCountAsManyCasesAsTheySay() {
        // 3 × 10 days, 1 × 20, 6 × 60: sorted 10,10,10,20,60,60,60,60,60,60 → median (60+60)/2, p90 rank 9 = 60.
        DayCounts d = new DayCounts(List.of(new DayCounts.Bucket(60, 6), new DayCounts.Bucket(10, 3),
                new DayCounts.Bucket(20, 1)));
        assertThat(d.median()).isEqualTo(60.0);
        assertThat(d.percentile(30)).isEqualTo(10);
        assertThat(d.percentile(40)).isEqualTo(20);
        assertThat(d.p90()).isEqualTo(60);
        assertThat(d.plus(DayCounts.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0)).median()).isEqualTo(5.0);
    }

    @Test
    void noCasesHaveNoFigures() {
        assertThat(DayCounts.empty().median()).isNull();
        assertThat(DayCounts.empty().p90()).isNull();
        assertThat(new NetworkKpis.PayerEnrollmentTime("Acme", 60, DayCounts.empty()).medianOverTypical()).isNull();
        assertThat(new NetworkKpis.PayerEnrollmentTime("Acme", 60, DayCounts.of(70, 80)).medianOverTypical())
                .isEqualTo(15.0);
    }
}
