package org.creddesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.creddesk.domain.AuditEntry;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Progress;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.monitoring.Disposition;
import org.creddesk.domain.monitoring.HitDecision;
import org.creddesk.domain.monitoring.HitStatus;
import org.creddesk.domain.monitoring.ListKind;
import org.creddesk.domain.monitoring.ListSource;
import org.creddesk.domain.monitoring.MatchStrength;
import org.creddesk.domain.monitoring.ScreeningHit;
import org.creddesk.sample.SyntheticProviders;
import org.creddesk.store.ChangeLog;
import org.creddesk.store.Database;
import org.creddesk.store.DeadlineRepository;
import org.creddesk.domain.workflow.DeadlinePolicy;
import org.creddesk.domain.workflow.DeadlineSettings;
import org.creddesk.store.ExclusionRepository;
import org.creddesk.store.ProviderRepository;
import org.creddesk.store.ScreeningRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreeningServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final String DANA_NPI = SyntheticProviders.npi(1);
    static final String ORLA_NPI = SyntheticProviders.npi(2);

    @TempDir
    Path dir;
    Database db;
    ProviderRepository providers;
    ScreeningService service;
    DeadlinePolicy policy;
    DeadlineRepository deadlines;
    final ChangeContext reviewer = ChangeContext.manual("rita", "test");
    ProviderFile dana;
    ProviderFile ines;
    ProviderFile orla;
    ProviderFile sleepGroup;
    ProviderFile medlink;
    ProviderFile clean;

    @BeforeEach
    void setUp() {
        db = Database.open(dir.resolve("creddesk.db"), CLOCK);
        providers = new ProviderRepository(db);
        policy = new DeadlinePolicy(DeadlineSettings.defaults(), CLOCK);
        deadlines = new DeadlineRepository(db, policy);
        deadlines.attachTo(providers);
        service = new ScreeningService(new ExclusionRepository(db, deadlines), new ScreeningRepository(db, deadlines), policy,
                CLOCK);
        dana = TestProviders.provider("Dana", "Quayle", LocalDate.of(1971, 4, 9), DANA_NPI, "MA", null, "Quayle Family "
                + "Medicine", null);
        ines = TestProviders.provider("Inès", "Brightwater", LocalDate.of(1980, 2, 29), SyntheticProviders.npi(3), "NJ",
                null, "Harbor Clinic", "Koval-Sand");
        orla = TestProviders.provider("Orla", "Fictivane", LocalDate.of(1966, 7, 1), ORLA_NPI, "OH", null, "Clinic",
                null);
        // A fictitious physician whose group NPI and practice are real businesses on the real LEIE supplement rows.
        sleepGroup = TestProviders.provider("Tamsin", "Oakhollow", LocalDate.of(1975, 5, 5), SyntheticProviders.npi(4),
                "FL", "1629125307", "Oakhollow Sleep", null);
        medlink = TestProviders.provider("Ugo", "Pellworth", LocalDate.of(1979, 9, 9), SyntheticProviders.npi(5), "FL",
                null, "Medlink Professional Management, Inc.", null);
        clean = TestProviders.provider("Vera", "Nonesuch", LocalDate.of(1990, 1, 1), SyntheticProviders.npi(6), "MA",
                null, "Nonesuch Pediatrics", null);
        providers.saveAll(List.of(dana, ines, orla, sleepGroup, medlink, clean), ChangeContext.manual("t", "t"));
    }

    Path updatedCsv(String danaAddress) {
        return TestLists.write(dir, "UPDATED.csv", TestLists.LEIE_HEADER, List.of(
                TestLists.leiePerson("QUAYLE", "DANA", null, "19710409", "MA", "20190321").replace("1 FICTION WAY",
                        danaAddress),
                TestLists.leiePerson("KOVAL-SAND", "INES", null, "19800229", "NY", "20210815"),
                TestLists.leiePerson("ZEPHYRINE", "ODALYS", null, "19600101", "CA", "20150101")));
    }

    void importAll() {
        service.importList(updatedCsv("1 FICTION WAY"), ListSource.LEIE, LocalDate.of(2026, 11, 20), reviewer,
                Progress.NONE);
        service.importList(TestLists.fixture("oig_leie_excl_supplements_2016-2023_business_rows.csv"), ListSource.LEIE,
                null, reviewer, Progress.NONE);
        Path sam = TestLists.write(dir, "SAM_Exclusions_Public_Extract_V2.CSV", TestLists.SAM_HEADER,
                List.of(TestLists.samPerson("Orla", "Fictivane", "OH", ORLA_NPI, "03/15/2024", "Indefinite")));
        service.importList(sam, ListSource.SAM, LocalDate.of(2026, 11, 21), reviewer, Progress.NONE);
    }

    ScreeningHit hitOf(List<ScreeningHit> hits, ProviderFile p) {
        return hits.stream().filter(h -> h.providerId().equals(p.id())).findFirst().orElseThrow();
    }

    @Test
    void importsKeepEachVersionAsEvidence() {
        importAll();
        assertThat(service.listVersions()).extracting(v -> v.source() + " " + v.kind() + " " + v.fileName() + " "
                + v.downloadedOn() + " " + v.rowCount()).containsExactly(
                "LEIE FULL UPDATED.csv 2026-11-20 3",
                "LEIE SUPPLEMENT oig_leie_excl_supplements_2016-2023_business_rows.csv 2026-11-23 355",
                "SAM FULL SAM_Exclusions_Public_Extract_V2.CSV 2026-11-21 1");
        assertThat(service.listVersions().get(1).sha256())
                .isEqualTo("69ca41efa300ad330e1903ef410d055b76078fe9026c948f272ee1c1976ec8d3");
        assertThat(service.listVersionsInForce()).hasSize(3);
    }

    @Test
    void screeningFindsNamesMaidenNamesNpisAndBusinessesAndRecordsTheRun() {
        importAll();
        ScreeningService.Outcome out = service.screenAll(reviewer, Progress.NONE);
        List<ScreeningHit> hits = out.hits();
        assertThat(hitOf(hits, dana).strength()).isEqualTo(MatchStrength.PROBABLE);
        assertThat(hitOf(hits, ines).reasons()).contains("matches other name (maiden) Koval-Sand, Inès");
        assertThat(hitOf(hits, orla)).satisfies(h -> {
            assertThat(h.strength()).isEqualTo(MatchStrength.DEFINITE);
            assertThat(h.source()).isEqualTo(ListSource.SAM);
        });
        assertThat(hitOf(hits, sleepGroup)).satisfies(h -> {
            assertThat(h.strength()).isEqualTo(MatchStrength.DEFINITE);
            assertThat(h.listRow().businessName()).isEqualTo("AMERICAN SLEEP INSTITUTE");
        });
        assertThat(hitOf(hits, medlink).listRow().businessName()).isEqualTo("MEDLINK PROFESSIONAL MANAGEMEN");
        assertThat(hits).noneMatch(h -> h.providerId().equals(clean.id()));
        assertThat(hits).allMatch(h -> h.status() == HitStatus.OPEN);
        assertThat(out.run().providersScreened()).isEqualTo(6);
        assertThat(out.run().hits()).isEqualTo(5);
        assertThat(out.run().listVersionIds()).hasSize(3);
        assertThat(service.reviewQueue()).hasSize(5);
        assertThat(service.lastScreened(clean.id())).contains(TODAY);
        assertThat(service.nextScreeningDue(clean.id())).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(service.lastScreenedByProvider()).hasSize(6).containsEntry(dana.id(), TODAY);
        assertThat(service.runs()).singleElement().satisfies(r -> {
            assertThat(r.screenedOn()).isEqualTo(TODAY);
            assertThat(r.actor()).isEqualTo("rita");
        });
    }

    @Test
    void neverScreenedIsDueToday() {
        assertThat(service.lastScreened(clean.id())).isEmpty();
        assertThat(service.nextScreeningDue(clean.id())).isEqualTo(TODAY);
    }

    @Test
    void aFalsePositiveStaysClearedOnReScreeningUntilTheListRowChanges() {
        importAll();
        ScreeningHit danaHit = hitOf(service.screenAll(reviewer, Progress.NONE).hits(), dana);
        HitDecision d = service.dispose(danaHit.id(), Disposition.FALSE_POSITIVE,
                "Different middle name and SSN per the board; not our Dana Quayle.", reviewer);
        assertThat(d.listFileName()).isEqualTo("UPDATED.csv");
        assertThat(d.listDownloadedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(d.listSha256()).hasSize(64);
        assertThat(d.actor()).isEqualTo("rita");

        ScreeningService.Outcome again = service.screenAll(reviewer, Progress.NONE);
        assertThat(hitOf(again.hits(), dana).status()).isEqualTo(HitStatus.FALSE_POSITIVE);
        assertThat(hitOf(again.hits(), dana).id()).isEqualTo(danaHit.id());
        assertThat(again.run().newHits()).isZero();
        assertThat(service.reviewQueue()).noneMatch(h -> h.providerId().equals(dana.id())).hasSize(4);

        service.importList(updatedCsv("9 CHANGED ROAD"), ListSource.LEIE, null, reviewer, Progress.NONE);
        ScreeningService.Outcome changed = service.screenAll(reviewer, Progress.NONE);
        assertThat(hitOf(changed.hits(), dana).status()).isEqualTo(HitStatus.OPEN);
        assertThat(hitOf(changed.hits(), dana).listRow().address()).isEqualTo("9 CHANGED ROAD");
        assertThat(service.decisions(danaHit.id())).singleElement()
                .extracting(HitDecision::disposition).isEqualTo(Disposition.FALSE_POSITIVE);
        List<AuditEntry> trail = new ChangeLog(db).forProvider(dana.id());
        assertThat(trail).filteredOn(e -> e.entity().equals("screening_hit")).hasSize(3);
    }

    @Test
    void aDispositionNeedsANoteAndAnExistingHit() {
        importAll();
        ScreeningHit hit = service.screenAll(reviewer, Progress.NONE).hits().get(0);
        assertThatThrownBy(() -> service.dispose(hit.id(), Disposition.CONFIRMED, " ", reviewer))
                .hasMessageContaining("needs a note");
        assertThatThrownBy(() -> service.dispose("nope", Disposition.CONFIRMED, "checked", reviewer))
                .hasMessageContaining("There is no screening hit nope");
    }

    @Test
    void aReinstatementSupplementClosesTheExclusionButNotTheOpenHit() {
        importAll();
        assertThat(service.screenAll(reviewer, Progress.NONE).hits()).anyMatch(h -> h.providerId().equals(dana.id()));
        Path rein = TestLists.write(dir, "2611REIN.csv", TestLists.LEIE_HEADER, List.of(
                TestLists.leiePerson("QUAYLE", "DANA", null, "19710409", "MA", "20190321")
                        .replace("20190321,00000000", "20190321,20261101")));
        ScreeningService.ImportResult result = service.importList(rein, ListSource.LEIE, null, reviewer, Progress.NONE);
        assertThat(result.version().kind()).isEqualTo(ListKind.SUPPLEMENT);
        assertThat(result.reinstatementsApplied()).isEqualTo(1);
        ScreeningService.Outcome after = service.screenAll(reviewer, Progress.NONE);
        // The exclusion is no longer in force, but the open hit waits for a person (issue 11: never auto-clear).
        ScreeningHit kept = hitOf(after.hits(), dana);
        assertThat(kept.status()).isEqualTo(HitStatus.OPEN);
        assertThat(kept.absence()).startsWith("the list shows this exclusion reinstated on 2026-11-01");
        assertThat(service.reviewQueue()).anyMatch(h -> h.providerId().equals(dana.id()));
        service.dispose(kept.id(), Disposition.REINSTATED, "OIG reinstatement checked", reviewer);
        assertThat(service.reviewQueue()).noneMatch(h -> h.providerId().equals(dana.id()));
        assertThat(service.screenAll(reviewer, Progress.NONE).hits()).noneMatch(h -> h.providerId().equals(dana.id()));
    }

    @Test
    void theRealReinstatementRowsCloseTheRealExclusionsTheyName() {
        service.importList(TestLists.fixture("oig_leie_excl_supplements_2016-2023_business_rows.csv"), ListSource.LEIE,
                null, reviewer, Progress.NONE);
        ScreeningService.ImportResult rein = service.importList(
                TestLists.fixture("oig_leie_rein_supplements_2016-2023_business_rows.csv"), ListSource.LEIE, null,
                reviewer, Progress.NONE);
        assertThat(rein.reinstatementsApplied()).isEqualTo(5);
        assertThat(rein.version().rowCount()).isEqualTo(25);
    }

    @Test
    void anUnknownFileChangesNothing() {
        Path bad = TestLists.write(dir, "UPDATED.csv", "LAST,FIRST", List.of("A,B"));
        assertThatThrownBy(() -> service.importList(bad, ListSource.LEIE, null, reviewer, Progress.NONE))
                .isInstanceOf(ListFileException.class).hasMessageContaining("unknown header");
        assertThat(service.listVersions()).isEmpty();
    }
}
