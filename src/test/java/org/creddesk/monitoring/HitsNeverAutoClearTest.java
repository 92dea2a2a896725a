package org.creddesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Progress;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.monitoring.Disposition;
import org.creddesk.domain.monitoring.HitStatus;
import org.creddesk.domain.monitoring.ListSource;
import org.creddesk.domain.monitoring.ScreeningHit;
import org.creddesk.domain.monitoring.ScreeningResult;
import org.creddesk.domain.workflow.CredentialingProgram;
import org.creddesk.domain.workflow.DecisionMaker;
import org.creddesk.domain.workflow.DecisionOutcome;
import org.creddesk.domain.workflow.PsvCheck;
import org.creddesk.domain.workflow.VerificationElement;
import org.creddesk.sample.SyntheticProviders;
import org.creddesk.store.ScreeningRepository.RunSubject;
import org.creddesk.workflow.Blocker;
import org.creddesk.workflow.DecisionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 7: an open or confirmed hit holds its provider until a person disposes of it, whatever later lists
 * and runs say. Fictitious providers and rows; every list has filler rows so a one-row change is an ordinary month.
 */
class HitsNeverAutoClearTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);
    static final String MARGUERITE_ROW = TestLists.leiePerson("QUILLFEATHER", "MARGUERITE", null, null, "VT",
            "20180612");
    final ChangeContext rita = ChangeContext.manual("rita", "test");

    @TempDir
    Path dir;
    AppContext app;
    ProviderFile marguerite;
    ProviderFile osric;

    @BeforeEach
    void setUp() {
        app = AppContext.open(dir.resolve("creddesk.db"), CLOCK);
        marguerite = TestProviders.provider("Marguerite", "Quillfeather", LocalDate.of(1969, 3, 14),
                SyntheticProviders.npi(41), "VT", null, "Quillfeather Family Practice", null);
        osric = TestProviders.provider("Osric", "Tamberlane", LocalDate.of(1983, 8, 30), SyntheticProviders.npi(42),
                "NM", null, "Tamberlane Pediatrics", null);
        app.providerRepository().saveAll(List.of(marguerite, osric), ChangeContext.manual("t", "t"));
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** {@code folder}/UPDATED.csv: a full LEIE list of twelve fictitious filler rows plus {@code rows}. */
    Path fullList(String folder, String... rows) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            all.add(TestLists.leiePerson("NOBODY" + (char) ('A' + i), "PAT", null, "19500101", "CA", "20150101"));
        }
        all.addAll(List.of(rows));
        return TestLists.write(folder(folder), "UPDATED.csv", TestLists.LEIE_HEADER, all);
    }

    Path folder(String name) {
        Path d = dir.resolve(name);
        d.toFile().mkdirs();
        return d;
    }

    void importList(Path file, LocalDate downloaded) {
        app.screening().importList(file, ListSource.LEIE, downloaded, rita, Progress.NONE);
    }

    ScreeningService.Outcome screen() {
        return app.screening().screenAll(rita, Progress.NONE);
    }

    ScreeningHit hitOf(List<ScreeningHit> hits, ProviderFile p) {
        return hits.stream().filter(h -> h.providerId().equals(p.id())).findFirst().orElseThrow();
    }

    PsvCheck sanctionsCheck(ProviderFile p) {
        return app.decisions().check(p.id(), null, TODAY, CredentialingProgram.ACCREDITATION).stream()
                .filter(c -> c.requirement().element() == VerificationElement.SANCTIONS).findFirst().orElseThrow();
    }

    RunSubject latestSubject(ProviderFile p) {
        List<RunSubject> mine = app.screening().screenedBetween(TODAY, TODAY).stream()
                .filter(s -> s.providerId().equals(p.id())).toList();
        return mine.get(mine.size() - 1);
    }

    void assertHeld(ProviderFile p, String why) {
        assertThat(sanctionsCheck(p).verification()).as("no clean sanctions verification counts").isNull();
        assertThat(sanctionsCheck(p).reason()).isEqualTo("Sanctions and exclusions verification does not count: " + why);
        assertThat(app.whatBlocks().of(p.id())).anySatisfy(b -> {
            assertThat(b.category()).isEqualTo(Blocker.Category.EXCLUSION_HIT);
            assertThat(b.detail()).isEqualTo(why);
        });
        DecisionService.Result refused = app.decisions().decide(p.id(), DecisionOutcome.APPROVE,
                DecisionMaker.MEDICAL_DIRECTOR, TODAY, CredentialingProgram.ACCREDITATION, null, rita);
        assertThat(refused.recorded()).isFalse();
        assertThat(refused.reasons()).contains("Sanctions and exclusions verification does not count: " + why);
    }

    @Test
    void anOpenHitStaysOpenAndHoldsWhenANewerFullListNoLongerHasItsRow() {
        importList(fullList("nov", MARGUERITE_ROW), LocalDate.of(2026, 11, 2));
        ScreeningHit hit = hitOf(screen().hits(), marguerite);
        assertThat(hit.status()).isEqualTo(HitStatus.OPEN);
        assertThat(hit.absent()).isFalse();

        importList(fullList("dec"), LocalDate.of(2026, 11, 22));
        ScreeningService.Outcome later = screen();

        ScreeningHit kept = hitOf(later.hits(), marguerite);
        assertThat(kept.id()).isEqualTo(hit.id());
        assertThat(kept.status()).isEqualTo(HitStatus.OPEN);
        assertThat(kept.absentSince()).isEqualTo(TODAY);
        assertThat(kept.absence()).isEqualTo("no longer on the list in force (UPDATED.csv downloaded 2026-11-22); "
                + "the hit stays as it is until a reviewer records a disposition");
        assertThat(kept.listRow().lastName()).as("the row as last seen stays the evidence").isEqualTo("QUILLFEATHER");
        assertThat(later.run().hits()).isEqualTo(1);
        assertThat(later.run().newHits()).isZero();
        RunSubject subject = latestSubject(marguerite);
        assertThat(subject.result()).isEqualTo(ScreeningResult.PENDING);
        assertThat(subject.verificationId()).isNull();
        assertThat(latestSubject(osric).result()).isEqualTo(ScreeningResult.CLEAR);
        assertThat(app.screening().latestResult(marguerite.id())).contains(ScreeningResult.PENDING);
        assertThat(app.screening().reviewQueue()).extracting(ScreeningHit::id).containsExactly(hit.id());
        assertHeld(marguerite, "1 screening hit waits for review (creddesk screen hits)");
        assertThat(app.screening().holds()).containsOnlyKeys(marguerite.id());

        // A third run changes nothing: still carried, still absent since the first run that missed it.
        assertThat(hitOf(screen().hits(), marguerite).absentSince()).isEqualTo(TODAY);

        app.screening().dispose(hit.id(), Disposition.FALSE_POSITIVE, "Vermont board: different middle name", rita);
        assertThat(latestSubject(marguerite).result()).isEqualTo(ScreeningResult.CLEARED);
        assertThat(sanctionsCheck(marguerite).isFresh()).isTrue();
        assertThat(app.whatBlocks().of(marguerite.id())).noneMatch(b -> b.category() == Blocker.Category.EXCLUSION_HIT);
        assertThat(app.screening().reviewQueue()).isEmpty();
        assertThat(app.screening().holds()).isEmpty();
    }

    @Test
    void aConfirmedHitHoldsWhenTheRowLeavesTheListUntilAPersonRecordsTheReinstatement() {
        importList(fullList("nov", MARGUERITE_ROW), LocalDate.of(2026, 11, 2));
        ScreeningHit hit = hitOf(screen().hits(), marguerite);
        app.screening().dispose(hit.id(), Disposition.CONFIRMED, "Same license number as the OIG record", rita);
        assertThatThrownBy(() -> app.screening().dispose(hit.id(), Disposition.REINSTATED, "asked OIG", rita))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is still in force");

        importList(fullList("dec"), LocalDate.of(2026, 11, 22));
        ScreeningHit kept = hitOf(screen().hits(), marguerite);
        assertThat(kept.status()).isEqualTo(HitStatus.CONFIRMED);
        assertThat(kept.absent()).isTrue();
        assertThat(latestSubject(marguerite).result()).isEqualTo(ScreeningResult.CONFIRMED);
        assertThat(latestSubject(marguerite).verificationId()).isNull();
        assertThat(app.screening().reviewQueue()).as("confirmed: decided, not waiting").isEmpty();
        assertHeld(marguerite, "a reviewer confirmed an exclusion-list match");

        app.screening().dispose(hit.id(), Disposition.REINSTATED,
                "OIG reinstatement letter of 2026-11-10 on file", rita);
        PsvCheck check = sanctionsCheck(marguerite);
        assertThat(check.isFresh()).isTrue();
        assertThat(check.verification().valueSeen()).isEqualTo("Match on OIG LEIE row 'QUILLFEATHER, MARGUERITE' "
                + "reviewed as an exclusion that has ended (reinstated) by rita: OIG reinstatement letter of "
                + "2026-11-10 on file");
        assertThat(latestSubject(marguerite).result()).isEqualTo(ScreeningResult.CLEARED);
        assertThat(app.screening().holds()).isEmpty();
        // The next run does not bring the decided hit back.
        assertThat(screen().hits()).isEmpty();
        assertThat(latestSubject(marguerite).result()).isEqualTo(ScreeningResult.CLEAR);
    }

    @Test
    void aReinstatementRowInAReinSupplementNeverClosesAHitByItself() {
        importList(fullList("nov", MARGUERITE_ROW, TestLists.leiePerson("TAMBERLANE", "OSRIC", null,
                null, "NM", "20200101")), LocalDate.of(2026, 11, 2));
        List<ScreeningHit> first = screen().hits();
        ScreeningHit margueriteHit = hitOf(first, marguerite);
        ScreeningHit osricHit = hitOf(first, osric);
        app.screening().dispose(osricHit.id(), Disposition.CONFIRMED, "Same DOB per the NM board", rita);

        Path rein = TestLists.write(folder("rein"), "2611REIN.csv", TestLists.LEIE_HEADER, List.of(
                MARGUERITE_ROW.replace("20180612,00000000", "20180612,20261101"),
                TestLists.leiePerson("TAMBERLANE", "OSRIC", null, null, "NM", "20200101")
                        .replace("20200101,00000000", "20200101,20261115")));
        ScreeningService.ImportResult result = app.screening().importList(rein, ListSource.LEIE,
                LocalDate.of(2026, 11, 20), rita, Progress.NONE);
        assertThat(result.reinstatementsApplied()).isEqualTo(2);

        List<ScreeningHit> after = screen().hits();
        ScreeningHit open = hitOf(after, marguerite);
        assertThat(open.id()).isEqualTo(margueriteHit.id());
        assertThat(open.status()).isEqualTo(HitStatus.OPEN);
        assertThat(open.absence()).isEqualTo("the list shows this exclusion reinstated on 2026-11-01; a reviewer "
                + "checks the reinstatement and records a disposition");
        assertThat(open.listRow().reinstatedOn()).isEqualTo(LocalDate.of(2026, 11, 1));
        // The confirmed row changed (it now carries a reinstatement): the decision reopens for a person to look again.
        ScreeningHit reopened = hitOf(after, osric);
        assertThat(reopened.status()).isEqualTo(HitStatus.OPEN);
        assertThat(reopened.absence()).startsWith("the list shows this exclusion reinstated on 2026-11-15");
        assertThat(app.screening().reviewQueue()).extracting(ScreeningHit::id)
                .containsExactlyInAnyOrder(margueriteHit.id(), osricHit.id());
        assertHeld(marguerite, "1 screening hit waits for review (creddesk screen hits)");
        assertHeld(osric, "1 screening hit waits for review (creddesk screen hits)");

        app.screening().dispose(open.id(), Disposition.REINSTATED, "Reinstatement confirmed on the OIG site", rita);
        assertThat(sanctionsCheck(marguerite).isFresh()).isTrue();
        assertThat(app.screening().hit(open.id()).orElseThrow().status()).isEqualTo(HitStatus.REINSTATED);
        assertHeld(osric, "1 screening hit waits for review (creddesk screen hits)");
    }

    @Test
    void aHitFromASupplementIsKeptByLaterSupplementsAndCarriedWhenTheNextFullListLacksIt() {
        importList(fullList("nov"), LocalDate.of(2026, 11, 2));
        Path excl = TestLists.write(folder("excl"), "2611EXCL.csv", TestLists.LEIE_HEADER, List.of(MARGUERITE_ROW));
        importList(excl, LocalDate.of(2026, 11, 10));
        ScreeningHit hit = hitOf(screen().hits(), marguerite);

        // Another month's supplement adds rows and removes none: the hit is found again, not absent.
        Path other = TestLists.write(folder("excl2"), "2612EXCL.csv", TestLists.LEIE_HEADER, List.of(
                TestLists.leiePerson("NOBODYZ", "PAT", null, "19500101", "CA", "20261201")));
        importList(other, LocalDate.of(2026, 11, 21));
        ScreeningHit again = hitOf(screen().hits(), marguerite);
        assertThat(again.absent()).isFalse();
        assertThat(again.status()).isEqualTo(HitStatus.OPEN);

        // The next full list lacks the supplement's row: carried, not cleared.
        importList(fullList("dec"), LocalDate.of(2026, 11, 22));
        ScreeningHit carried = hitOf(screen().hits(), marguerite);
        assertThat(carried.id()).isEqualTo(hit.id());
        assertThat(carried.absent()).isTrue();
        assertHeld(marguerite, "1 screening hit waits for review (creddesk screen hits)");

        // And when a later full list has the row again, the hit is simply found again.
        importList(fullList("jan", MARGUERITE_ROW), LocalDate.of(2026, 11, 23));
        ScreeningHit back = hitOf(screen().hits(), marguerite);
        assertThat(back.absent()).isFalse();
        assertThat(back.absence()).isNull();
        assertThat(back.status()).isEqualTo(HitStatus.OPEN);
    }
}
