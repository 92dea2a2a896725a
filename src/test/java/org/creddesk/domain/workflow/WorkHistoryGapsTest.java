package org.creddesk.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.creddesk.domain.Document;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.WorkHistory;
import org.junit.jupiter.api.Test;

class WorkHistoryGapsTest {
    final WorkHistoryGaps gaps = new WorkHistoryGaps(DeadlineSettings.defaults());
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static WorkHistory job(String id, String from, String to, String explanation) {
        return new WorkHistory(id, "p1", "Employer " + id, "Staff", null, null, LocalDate.parse(from + "-01"),
                to == null ? null : LocalDate.parse(to + "-01"), explanation);
    }

    @Test
    void sixMonthsIsNoGapSevenNeedsAnExplanation() {
        ProviderFile six = WorkflowFixtures.file("p1").withWorkHistory(List.of(
                job("a", "2021-01", "2023-12", null), job("b", "2024-07", null, null)));
        assertThat(gaps.find(six, TODAY)).isEmpty();
        ProviderFile seven = WorkflowFixtures.file("p1").withWorkHistory(List.of(
                job("a", "2021-01", "2023-12", null), job("b", "2024-08", null, null)));
        List<WorkHistoryGap> found = gaps.find(seven, TODAY);
        assertThat(found).singleElement().satisfies(g -> {
            assertThat(g.from()).isEqualTo(YearMonth.of(2024, 1));
            assertThat(g.to()).isEqualTo(YearMonth.of(2024, 7));
            assertThat(g.months()).isEqualTo(7);
            assertThat(g.need()).isEqualTo(WorkHistoryGap.Need.EXPLANATION);
            assertThat(g.satisfied()).isFalse();
        });
        ProviderFile explained = seven.withWorkHistory(List.of(
                job("a", "2021-01", "2023-12", null), job("b", "2024-08", null, "Parental leave")));
        assertThat(gaps.find(explained, TODAY)).singleElement().satisfies(g -> assertThat(g.satisfied()).isTrue());
    }

    @Test
    void overTwelveMonthsNeedsAWrittenExplanationDocument() {
        ProviderFile f = WorkflowFixtures.file("p1").withWorkHistory(List.of(
                job("a", "2021-01", "2022-12", null), job("b", "2024-01", null, "Sabbatical")));
        WorkHistoryGap g = gaps.find(f, TODAY).get(0);
        assertThat(g.months()).isEqualTo(12);
        assertThat(g.need()).isEqualTo(WorkHistoryGap.Need.EXPLANATION);
        ProviderFile longer = f.withWorkHistory(List.of(
                job("a", "2021-01", "2022-11", null), job("b", "2024-01", null, "Sabbatical")));
        WorkHistoryGap written = gaps.find(longer, TODAY).get(0);
        assertThat(written.months()).isEqualTo(13);
        assertThat(written.need()).isEqualTo(WorkHistoryGap.Need.WRITTEN_EXPLANATION);
        assertThat(written.satisfied()).isFalse();
        ProviderFile withLetter = longer.withDocuments(List.of(new Document("doc", "p1", "b", "gap-explanation",
                "letter.pdf", "application/pdf", "ab", 10, null, null)));
        assertThat(gaps.find(withLetter, TODAY).get(0).satisfied()).isTrue();
    }

    @Test
    void onlyTheLastFiveYearsCountAndTrainingCoversTime() {
        ProviderFile f = WorkflowFixtures.file("p1").withWorkHistory(List.of(
                job("a", "2005-01", "2010-12", null), job("b", "2012-01", "2019-06", null),
                job("c", "2023-01", null, null)))
                .withEducation(List.of(new org.creddesk.domain.Education("e", "p1", "Fellowship", "U", null, "F",
                        LocalDate.of(2021, 7, 1), LocalDate.of(2022, 3, 1))));
        // 2011 and 2019-07..2021-06 are older than five years (window from 2021-11); the fellowship covers until
        // 2022-03, leaving 2022-04..2022-12 (9 months).
        List<WorkHistoryGap> found = gaps.find(f, TODAY);
        assertThat(found).singleElement().satisfies(g -> {
            assertThat(g.from()).isEqualTo(YearMonth.of(2022, 4));
            assertThat(g.months()).isEqualTo(9);
            assertThat(g.followingJobId()).isEqualTo("c");
        });
    }

    @Test
    void aGapUntilTodayCounts() {
        ProviderFile f = WorkflowFixtures.file("p1").withWorkHistory(List.of(job("a", "2018-01", "2025-12", null)));
        assertThat(gaps.find(f, TODAY)).singleElement().satisfies(g -> {
            assertThat(g.to()).isEqualTo(YearMonth.of(2026, 11));
            assertThat(g.months()).isEqualTo(11);
        });
    }
}
