package org.creddesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.DeaRegistration;
import org.creddesk.domain.License;
import org.creddesk.domain.MalpracticePolicy;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.RegistrationKind;
import org.creddesk.domain.WorkHistory;
import org.creddesk.domain.workflow.Checklist;
import org.creddesk.domain.workflow.ChecklistItem;
import org.creddesk.domain.workflow.CredentialingProgram;
import org.creddesk.domain.workflow.DeadlineKind;
import org.creddesk.domain.workflow.DeadlineQuery;
import org.creddesk.domain.workflow.DecisionMaker;
import org.creddesk.domain.workflow.DecisionOutcome;
import org.creddesk.domain.workflow.Enrollment;
import org.creddesk.domain.workflow.EnrollmentFlag;
import org.creddesk.domain.workflow.EnrollmentStatus;
import org.creddesk.domain.workflow.FollowUpChannel;
import org.creddesk.domain.workflow.ItemKind;
import org.creddesk.domain.workflow.ItemStatus;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.workflow.PayerKind;
import org.creddesk.domain.workflow.TrackedDeadline;
import org.creddesk.domain.workflow.Verification;
import org.creddesk.domain.workflow.VerificationElement;
import org.creddesk.domain.workflow.VerificationMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowServicesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    final ChangeContext manual = ChangeContext.manual("alice", "test");
    @TempDir
    Path dir;
    AppContext app;
    ProviderFile file;

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("creddesk.db"), Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC));
        String id = app.providers().newId();
        Provider p = new Provider(id, "Nora", null, "Vance", null, "DO", LocalDate.of(1982, 4, 2), "F", null, null,
                null, "1234567893", "55501234", TODAY.minusDays(10), null, null, null, null, "jlee", null,
                ProviderStatus.ACTIVE);
        file = ProviderFile.of(p)
                .withLicenses(List.of(new License("lic", id, "MA", "MD", "003806", null, TODAY.plusDays(45), "Active")))
                .withRegistrations(List.of(new DeaRegistration("dea", id, RegistrationKind.DEA, "AP5836727", "MA",
                        "2-5", null, TODAY.minusDays(2))))
                .withMalpracticePolicies(List.of(new MalpracticePolicy("mal", id, "MagMutual", "PL-9", null, null,
                        TODAY.minusYears(1), TODAY.plusYears(1))))
                .withWorkHistory(List.of(new WorkHistory("w1", id, "A", null, null, null, LocalDate.of(2018, 1, 1),
                        LocalDate.of(2023, 12, 1), null), new WorkHistory("w2", id, "B", null, null, null,
                        LocalDate.of(2024, 9, 1), null, null)));
        app.providerRepository().save(file, manual);
    }

    @AfterEach
    void close() {
        app.close();
    }

    Verification verification(VerificationElement element, String credentialId, LocalDate on) {
        return new Verification(app.providers().newId(), file.id(), element, credentialId, "Primary source",
                VerificationMethod.WEB, on, "alice", null, "seen");
    }

    @Test
    void aDecisionIsRefusedForAStaleVerificationAndAcceptedOnceItIsFresh() {
        Checklist c = app.checklists().start(file.id(), "initial-credentialing", CredentialingProgram.ACCREDITATION,
                TODAY.plusDays(14), manual);
        List<ChecklistItem> items = app.checklists().items(c.id());
        assertThat(items).filteredOn(i -> i.kind() == ItemKind.VERIFICATION).extracting(ChecklistItem::label)
                .contains("License verification: MA license 003806", "DEA/CDS verification: DEA AP5836727 (MA)",
                        "Board certification verification");
        ChecklistItem board = items.stream().filter(i -> i.element() == VerificationElement.BOARD_CERTIFICATION)
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> app.checklists().setStatus(board.id(), ItemStatus.WAIVED, " ", null, manual))
                .hasMessageContaining("say why it is waived");
        app.checklists().setStatus(board.id(), ItemStatus.WAIVED, "Not board certified (DO, within 5 years)", null,
                manual);

        for (VerificationElement e : List.of(VerificationElement.EDUCATION, VerificationElement.WORK_HISTORY,
                VerificationElement.MALPRACTICE_HISTORY, VerificationElement.SANCTIONS)) {
            app.decisions().recordVerification(verification(e, null, TODAY.minusDays(5)), manual);
        }
        app.decisions().recordVerification(verification(VerificationElement.DEA_CDS, "dea", TODAY.minusDays(5)), manual);
        app.decisions().recordVerification(verification(VerificationElement.LICENSE, "lic", TODAY.minusDays(130)),
                manual);

        DecisionService.Result refused = app.decisions().decide(file.id(), DecisionOutcome.APPROVE,
                DecisionMaker.COMMITTEE, TODAY, CredentialingProgram.ACCREDITATION, null, manual);
        assertThat(refused.recorded()).isFalse();
        assertThat(refused.reasons()).containsExactly("DEA AP5836727 (MA) expired "
                + org.creddesk.domain.ShownDates.format(TODAY.minusDays(2)) + ", before "
                + org.creddesk.domain.ShownDates.format(TODAY) + ": renew it or record the renewal",
                "License verification: MA license 003806 was verified "
                + org.creddesk.domain.ShownDates.format(TODAY.minusDays(130)) + ", 130 days before " + org.creddesk.domain.ShownDates.format(TODAY)
                + "; at most 120 days are allowed");
        assertThat(app.deadlines().find(DeadlineQuery.alertingOn(TODAY).withKinds(Set.of(DeadlineKind.PSV))))
                .extracting(t -> t.deadline().subject())
                .containsExactly("License verification: MA license 003806 stale for committee " + TODAY.plusDays(14));

        app.decisions().recordVerification(verification(VerificationElement.LICENSE, "lic", TODAY), manual);
        assertThat(app.decisions().decide(file.id(), DecisionOutcome.APPROVE, DecisionMaker.COMMITTEE, TODAY,
                CredentialingProgram.ACCREDITATION, null, manual).reasons())
                .as("the lapsed DEA still holds the approval").singleElement().asString().startsWith("DEA AP5836727");
        ProviderFile stored = app.providers().load(file.id()).orElseThrow();
        DeaRegistration dea = stored.registrations().get(0);
        app.providerRepository().save(stored.withRegistrations(List.of(new DeaRegistration(dea.id(), dea.providerId(),
                dea.kind(), dea.number(), dea.state(), dea.schedules(), dea.issued(), TODAY.plusYears(3)))), manual);
        DecisionService.Result accepted = app.decisions().decide(file.id(), DecisionOutcome.APPROVE,
                DecisionMaker.COMMITTEE, TODAY, CredentialingProgram.ACCREDITATION, "clean file", manual);
        assertThat(accepted.recorded()).isTrue();
        assertThat(app.checklists().forProvider(file.id()).get(0).closedOn()).isEqualTo(TODAY);
        assertThat(app.deadlines().find(DeadlineQuery.within(TODAY, 1200).withKinds(Set.of(DeadlineKind.RECREDENTIALING))))
                .singleElement().satisfies(t -> assertThat(t.deadline().due()).isEqualTo(TODAY.plusMonths(36)));
        assertThat(app.deadlines().find(DeadlineQuery.within(TODAY, 1200).withKinds(Set.of(DeadlineKind.PSV)))).isEmpty();
    }

    @Test
    void deferringIsAllowedWithAnIncompleteFile() {
        assertThat(app.decisions().decide(file.id(), DecisionOutcome.DEFER, DecisionMaker.COMMITTEE, TODAY,
                CredentialingProgram.ACCREDITATION, "awaiting NPDB", manual).recorded()).isTrue();
        assertThat(app.decisions().decide(file.id(), DecisionOutcome.DENY, DecisionMaker.COMMITTEE, TODAY,
                CredentialingProgram.ACCREDITATION, null, manual).reasons())
                .contains("Sanctions and exclusions verification has no primary-source verification on or before "
                        + WhatBlocksThisFile.shown(TODAY));
    }

    @Test
    void whatBlocksThisFileListsEverythingInTheOrderToActOnIt() {
        Checklist c = app.checklists().start(file.id(), "initial-credentialing", CredentialingProgram.ACCREDITATION,
                null, manual);
        ChecklistItem cv = app.checklists().items(c.id()).stream().filter(i -> i.label().equals("Curriculum vitae"))
                .findFirst().orElseThrow();
        app.checklists().setStatus(cv.id(), ItemStatus.REQUESTED, null, null, manual);
        List<Blocker> blockers = app.whatBlocks().of(file.id());
        assertThat(blockers.get(0)).satisfies(b -> {
            assertThat(b.category()).isEqualTo(Blocker.Category.EXPIRED);
            assertThat(b.subject()).isEqualTo("DEA AP5836727 (MA)");
        });
        assertThat(blockers).extracting(Blocker::category).isSorted();
        assertThat(blockers).filteredOn(b -> b.category() == Blocker.Category.VERIFICATION_MISSING).isNotEmpty();
        List<Blocker> open = blockers.stream().filter(b -> b.category() == Blocker.Category.OPEN_ITEM).toList();
        assertThat(open.get(0).detail()).isEqualTo("request it");
        assertThat(open).anySatisfy(b -> {
            assertThat(b.subject()).isEqualTo("Curriculum vitae");
            assertThat(b.detail()).isEqualTo("requested " + WhatBlocksThisFile.shown(TODAY) + ": chase it");
        });
        assertThat(blockers).anySatisfy(b -> {
            assertThat(b.category()).isEqualTo(Blocker.Category.MISSING_DOCUMENT);
            assertThat(b.subject()).isEqualTo("MA license 003806");
        });
        assertThat(blockers).anySatisfy(b -> {
            assertThat(b.category()).isEqualTo(Blocker.Category.WORK_HISTORY_GAP);
            assertThat(b.subject()).isEqualTo("Work history gap 2024-01 to 2024-08 (8 months) needs an explanation");
        });
        assertThat(blockers.get(blockers.size() - 1)).satisfies(b -> {
            assertThat(b.category()).isEqualTo(Blocker.Category.EXPIRING);
            assertThat(b.subject()).isEqualTo("MA license 003806");
            assertThat(b.detail()).isEqualTo("due " + WhatBlocksThisFile.shown(TODAY.plusDays(45)) + " (in 45 days)");
        });
    }

    @Test
    void aCopyAlreadyOnFileIsReceivedInTheChecklistAndNotAskedForAgain() throws Exception {
        Path copy = dir.resolve("license.pdf");
        java.nio.file.Files.write(copy, "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        app.documents().attach(file.id(), new org.creddesk.provider.DocumentService.Attachment(copy, "lic",
                "License", null, TODAY.plusDays(45)), manual);
        Checklist c = app.checklists().start(file.id(), "initial-credentialing", CredentialingProgram.ACCREDITATION,
                null, manual);

        ChecklistItem licenseCopy = app.checklists().items(c.id()).stream()
                .filter(i -> i.kind() == ItemKind.DOCUMENT && "lic".equals(i.credentialId())).findFirst().orElseThrow();
        assertThat(licenseCopy.status()).isEqualTo(ItemStatus.RECEIVED);
        assertThat(licenseCopy.documentId()).isNotNull();
        List<Blocker> blockers = app.whatBlocks().of(file.id());
        assertThat(blockers).filteredOn(b -> b.subject().equals(licenseCopy.label())).singleElement()
                .satisfies(b -> assertThat(b.detail()).isEqualTo("copy on file: review it and mark it verified"));
        assertThat(blockers).filteredOn(b -> b.category() == Blocker.Category.MISSING_DOCUMENT)
                .extracting(Blocker::subject).doesNotContain("MA license 003806");
        // what the decision would be refused for is in the list too: the license was never verified
        assertThat(blockers).anySatisfy(b -> {
            assertThat(b.category()).isEqualTo(Blocker.Category.VERIFICATION_MISSING);
            assertThat(b.subject()).containsIgnoringCase("license");
        });
    }

    @Test
    void anEnrollmentFromSubmittedToApprovedWithFollowUps() {
        EnrollmentService svc = app.enrollments();
        Payer acme = svc.savePayer(null, "Acme Health", PayerKind.COMMERCIAL, null, 60, 14, "Wet signature", manual);
        Enrollment e = svc.start(file.id(), acme.id(), "ma", null, EnrollmentStatus.GATHERING, manual);
        assertThatThrownBy(() -> svc.move(e.id(), EnrollmentStatus.IN_PROCESS, TODAY, null, manual))
                .hasMessage("An enrollment gathering cannot move to in process; next: [submitted, withdrawn]");
        svc.move(e.id(), EnrollmentStatus.SUBMITTED, TODAY.minusDays(40), "portal", manual);
        EnrollmentCard card = svc.board(EnrollmentBoardFilter.all(), TODAY).get(0);
        assertThat(card.expectedDecision()).isEqualTo(TODAY.plusDays(20));
        assertThat(card.nextFollowUp()).isEqualTo(TODAY.minusDays(26));
        assertThat(card.flags()).containsExactlyInAnyOrder(EnrollmentFlag.FOLLOW_UP_OVERDUE,
                EnrollmentFlag.NO_NOTE_RECENTLY);
        assertThat(card.coordinator()).isEqualTo("jlee");

        svc.logFollowUp(e.id(), null, FollowUpChannel.CALL, "Sam", "REF-77", "In review", TODAY.plusDays(7), manual);
        assertThat(svc.board(EnrollmentBoardFilter.all(), TODAY).get(0).flags()).isEmpty();
        assertThat(svc.board(new EnrollmentBoardFilter(null, null, null, null, true), TODAY)).isEmpty();
        List<TrackedDeadline> followUps = app.deadlines().find(DeadlineQuery.within(TODAY, 30)
                .withKinds(Set.of(DeadlineKind.FOLLOW_UP)));
        assertThat(followUps).singleElement().satisfies(t -> {
            assertThat(t.deadline().due()).isEqualTo(TODAY.plusDays(7));
            assertThat(t.deadline().subject()).isEqualTo("Follow up with Acme Health (MA)");
        });

        svc.move(e.id(), EnrollmentStatus.IN_PROCESS, TODAY, null, manual);
        svc.approve(e.id(), TODAY, TODAY.plusDays(1), "ACME-123", "welcome letter", manual);
        assertThat(svc.history(e.id())).extracting(t -> t.to()).containsExactly(EnrollmentStatus.GATHERING,
                EnrollmentStatus.SUBMITTED, EnrollmentStatus.IN_PROCESS,
                EnrollmentStatus.APPROVED);
        Enrollment approved = svc.facts(e.id()).enrollment();
        assertThat(approved.payerProviderId()).isEqualTo("ACME-123");
        assertThat(approved.effectiveDate()).isEqualTo(TODAY.plusDays(1));
        assertThat(app.deadlines().find(DeadlineQuery.within(TODAY, 365).withKinds(Set.of(DeadlineKind.FOLLOW_UP,
                DeadlineKind.ENROLLMENT)))).isEmpty();
    }

    @Test
    void theStartNoticeListsWhatBecameDueOrOverdueSinceTheLastVisit() {
        // The provider was added today and never screened: its screening is due today and alerts since 14 days.
        assertThat(app.deadlines().becameDueSince(TODAY.minusDays(3))).extracting(t -> t.deadline().subject())
                .containsExactly("DEA AP5836727 (MA)");
        assertThat(app.deadlines().becameDueSince(TODAY.minusDays(60))).extracting(t -> t.deadline().subject())
                .containsExactly("DEA AP5836727 (MA)", "Exclusion and sanction screening", "MA license 003806");
        assertThat(app.deadlines().becameDueSince(TODAY)).isEmpty();
    }

    @Test
    void theDashboardCountsAndSnoozeNeedsAReason() {
        DeadlineService.Dashboard d = app.deadlines().dashboard(TODAY);
        assertThat(d.total().overdue()).isEqualTo(1);
        assertThat(d.total().within60()).isEqualTo(2);
        assertThat(d.byKind()).extracting(s -> s.group()).containsExactly("DEA", "LICENSE", "SCREENING");
        TrackedDeadline dea = app.deadlines().find(DeadlineQuery.alertingOn(TODAY)).get(0);
        assertThatThrownBy(() -> app.deadlines().snooze(dea.id(), TODAY.plusDays(3), "", manual))
                .hasMessageContaining("Say why");
        assertThatThrownBy(() -> app.deadlines().snooze(dea.id(), TODAY, "renewal sent", manual))
                .hasMessageContaining("a day after today");
        app.deadlines().snooze(dea.id(), TODAY.plusDays(3), "renewal sent", manual);
        assertThat(app.deadlines().dashboard(TODAY).total().overdue()).isZero();
        // In three days the never-screened provider's screening (due today) is overdue too.
        assertThat(app.deadlines().dashboard(TODAY.plusDays(3)).total().overdue()).isEqualTo(2);
        app.deadlines().markDone(dea.id(), manual);
        assertThat(app.deadlines().dashboard(TODAY.plusDays(3)).total().overdue()).isEqualTo(1);
    }
}
