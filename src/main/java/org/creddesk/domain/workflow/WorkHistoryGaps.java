package org.creddesk.domain.workflow;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.creddesk.domain.Education;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.WorkHistory;

/**
 * Gaps in the last five years of work history (training counts as activity). Dates are month precision: a job
 * ending in December 2002 and the next starting in August 2003 leave a 7-month gap (January to July). A gap over
 * 6 months needs an explanation (the job after it carries it); over 12 months a written one (a document attached
 * to the job after it).
 */
public final class WorkHistoryGaps {
    private final DeadlineSettings settings;

    public WorkHistoryGaps(DeadlineSettings settings) {
        this.settings = settings;
    }

    private record Period(YearMonth from, YearMonth to, WorkHistory job) {
    }

    public List<WorkHistoryGap> find(ProviderFile file, LocalDate today) {
        YearMonth now = YearMonth.from(today);
        YearMonth windowStart = now.minusYears(settings.workHistoryYears());
        List<Period> periods = new ArrayList<>();
        for (WorkHistory w : file.workHistory()) {
            if (w.started() != null) {
                periods.add(new Period(YearMonth.from(w.started()), w.ended() == null ? now : YearMonth.from(w.ended()), w));
            }
        }
        for (Education e : file.education()) {
            if (e.started() != null && e.completed() != null) {
                periods.add(new Period(YearMonth.from(e.started()), YearMonth.from(e.completed()), null));
            }
        }
        periods.sort(Comparator.comparing(Period::from));
        List<WorkHistoryGap> gaps = new ArrayList<>();
        YearMonth coveredUntil = null;
        for (Period p : periods) {
            if (coveredUntil != null && p.from().isAfter(coveredUntil.plusMonths(1))) {
                gap(gaps, file, coveredUntil.plusMonths(1), p.from().minusMonths(1), windowStart, p.job());
            }
            if (coveredUntil == null || p.to().isAfter(coveredUntil)) {
                coveredUntil = p.to();
            }
        }
        if (coveredUntil != null && coveredUntil.isBefore(now)) {
            gap(gaps, file, coveredUntil.plusMonths(1), now, windowStart, null);
        }
        return gaps;
    }

    private void gap(List<WorkHistoryGap> out, ProviderFile file, YearMonth from, YearMonth to, YearMonth windowStart,
                     WorkHistory following) {
        if (to.isBefore(windowStart)) {
            return;
        }
        YearMonth start = from.isBefore(windowStart) ? windowStart : from;
        long months = ChronoUnit.MONTHS.between(start, to) + 1;
        if (months <= settings.gapExplanationMonths()) {
            return;
        }
        boolean written = months > settings.gapWrittenMonths();
        boolean explained = following != null && following.gapExplanation() != null
                && !following.gapExplanation().isBlank();
        boolean documented = following != null
                && file.documents().stream().anyMatch(d -> following.id().equals(d.credentialId()));
        out.add(new WorkHistoryGap(start, to, months,
                written ? WorkHistoryGap.Need.WRITTEN_EXPLANATION : WorkHistoryGap.Need.EXPLANATION,
                written ? documented : explained || documented, following == null ? null : following.id()));
    }
}
