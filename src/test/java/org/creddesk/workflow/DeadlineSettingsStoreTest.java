package org.creddesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.workflow.DeadlineKind;
import org.creddesk.domain.workflow.DeadlineQuery;
import org.creddesk.domain.workflow.DeadlineSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A changed rule number is kept as a setting and every stored deadline is re-derived at the next start. */
class DeadlineSettingsStoreTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    @TempDir
    Path dir;

    LocalDate caqhDue(AppContext app) {
        return app.deadlines().find(DeadlineQuery.within(TODAY, 400).withKinds(Set.of(DeadlineKind.CAQH))).get(0)
                .deadline().due();
    }

    @Test
    void aChangedSettingIsStoredAsADifferenceAndReDerivesAtTheNextStart() {
        Path db = dir.resolve("creddesk.db");
        try (AppContext app = AppContext.open(db, CLOCK)) {
            app.providerRepository().save(ProviderFile.of(new Provider(app.providers().newId(), "Ada", null, "Quill",
                    null, "MD", null, null, null, null, null, "1234567893", "1", TODAY, null, null, null, null, null,
                    null, ProviderStatus.ACTIVE)), ChangeContext.manual("t", "t"));
            assertThat(caqhDue(app)).isEqualTo(TODAY.plusDays(120));
            DeadlineSettings d = DeadlineSettings.defaults();
            DeadlineSettings changed = new DeadlineSettings(d.expiryAlertDays(), d.recredentialingMonths(),
                    d.recredentialingWarnMonth(), d.recredentialingLateDays(), 90, Map.of("IL", 180, "TX", 150),
                    d.caqhWarnDays(), d.defaultReappointmentMonths(), d.medicareRevalidationYears(),
                    d.medicaidRevalidationYears(), d.revalidationWarnDays(), d.psvDays(), d.psvDaysBeforeCutover(),
                    d.psvCutover(), d.psvCvoCertificationDays(), d.psvWarnDays(), d.followUpWarnDays(),
                    d.enrollmentWarnDays(), d.informationRequestDays(), d.enrollmentSilenceDays(),
                    d.workHistoryYears(), d.gapExplanationMonths(), d.gapWrittenMonths(), d.screeningMonths(),
                    d.screeningWarnDays(), d.screeningAlertDays(), d.decisionNoticeDays(), d.dmeRevalidationYears(),
                    d.medicaidRevalidationYearsByState(), d.claimsHistoryYears());
            new DeadlineSettingsStore(app.settings()).save(changed, ChangeContext.manual("jlee", "desk-2"));
            assertThat(app.settings().get(DeadlineSettingsStore.KEY)).contains(
                    "{\"caqhDays\":90,\"caqhDaysByState\":{\"IL\":180,\"TX\":150}}");
            assertThat(app.changeLog().forEntity(DeadlineSettingsStore.KEY)).as("who changed which rule, old and new")
                    .singleElement().satisfies(e -> {
                        assertThat(e.entity()).isEqualTo("setting");
                        assertThat(e.actor()).isEqualTo("jlee");
                        assertThat(e.changes()).extracting(c -> c.field() + ": " + c.oldValue() + " -> " + c.newValue())
                                .containsExactly("caqhDays: 120 -> 90",
                                        "caqhDaysByState: {\"IL\":180} -> {\"IL\":180,\"TX\":150}");
                    });
        }
        try (AppContext app = AppContext.open(db, CLOCK)) {
            assertThat(app.deadlinePolicy().settings().caqhDays()).isEqualTo(90);
            assertThat(app.deadlinePolicy().settings().psvDays()).isEqualTo(120);
            assertThat(caqhDue(app)).isEqualTo(TODAY.plusDays(90));
        }
    }
}
