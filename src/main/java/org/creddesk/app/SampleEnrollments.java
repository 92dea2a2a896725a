package org.creddesk.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.License;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.workflow.Enrollment;
import org.creddesk.domain.workflow.EnrollmentStatus;
import org.creddesk.domain.workflow.FollowUpChannel;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.workflow.PayerKind;
import org.creddesk.store.ProviderRepository;
import org.creddesk.workflow.EnrollmentBoardFilter;
import org.creddesk.workflow.EnrollmentService;

/**
 * Fictitious payers and enrollments for the bundled sample, dated relative to the day they are loaded so the board
 * shows every stage: gathering, submitted and followed up, overdue with the payer, information requested, approved.
 * Loaded once: a store whose sample payers have enrollments is left as it is.
 */
final class SampleEnrollments {
    private static final String MARKER = "Acme Health Plan";

    private final EnrollmentService enrollments;
    private final ProviderRepository providers;
    private final Clock clock;
    private final ChangeContext ctx;

    SampleEnrollments(EnrollmentService enrollments, ProviderRepository providers, Clock clock, ChangeContext ctx) {
        this.enrollments = enrollments;
        this.providers = providers;
        this.clock = clock;
        this.ctx = ctx;
    }

    /**
     * Returns how many enrollments were added: 0 when the sample payers already have enrollments. Each payer is
     * looked up by name before it is made, so a store where an earlier CredDesk stopped after the payers (issue 16:
     * payers, no enrollments) gets its enrollments now instead of never.
     */
    int load() {
        List<Payer> payers = List.of(
                payer("Medicare Part B", PayerKind.MEDICARE, null, 45, 14,
                        "Online through PECOS; revalidate every 5 years."),
                payer("Medicaid (MA)", PayerKind.MEDICAID, "MA", 90, 21, "Needs the Medicare approval letter first."),
                payer(MARKER, PayerKind.COMMERCIAL, null, 60, 14,
                        "Wet signature on the attestation page; fax to the credentialing desk."),
                payer("Harbor Health Partners", PayerKind.COMMERCIAL, null, 90, 30,
                        "Portal only; CAQH must be re-attested within 30 days of submitting."));
        for (Payer p : payers) {
            if (!enrollments.board(new EnrollmentBoardFilter(p.id(), null, null, null, false), LocalDate.now(clock))
                    .isEmpty()) {
                return 0;
            }
        }
        LocalDate today = LocalDate.now(clock);
        List<String> ids = providers.activeIds();
        int added = 0;
        for (int i = 0; i < ids.size(); i += 3) {
            ProviderFile f = providers.load(ids.get(i)).orElse(null);
            if (f == null || f.licenses().isEmpty()) {
                continue;
            }
            Payer payer = payers.get((i / 3) % payers.size());
            String state = payer.state() != null ? payer.state() : first(f.licenses()).state();
            Enrollment e = enrollments.start(f.id(), payer.id(), state, null, EnrollmentStatus.NOT_STARTED, ctx);
            added++;
            stage(e.id(), (i / 3) % 6, today, added);
        }
        return added;
    }

    private void stage(String id, int stage, LocalDate today, int number) {
        switch (stage) {
            case 0 -> enrollments.move(id, EnrollmentStatus.GATHERING, today.minusDays(10), "Collecting documents", ctx);
            case 1 -> {
                enrollments.move(id, EnrollmentStatus.SUBMITTED, today.minusDays(20), "Submitted online", ctx);
                enrollments.logFollowUp(id, today.minusDays(7), FollowUpChannel.PORTAL, null, null,
                        "Received, in review queue", today.plusDays(7), ctx);
            }
            case 2 -> {
                enrollments.move(id, EnrollmentStatus.SUBMITTED, today.minusDays(110), "Mailed application", ctx);
                enrollments.logFollowUp(id, today.minusDays(45), FollowUpChannel.CALL, "Provider relations", "C-20417",
                        "No record of the application yet; resend if not found", today.minusDays(31), ctx);
            }
            case 3 -> {
                enrollments.move(id, EnrollmentStatus.SUBMITTED, today.minusDays(40), "Submitted online", ctx);
                enrollments.move(id, EnrollmentStatus.INFORMATION_REQUESTED, today.minusDays(5),
                        "Payer asks for the malpractice face sheet", ctx);
                enrollments.logFollowUp(id, today.minusDays(5), FollowUpChannel.EMAIL, "Enrollment analyst", "RFI-5531",
                        "Send the current face sheet within 30 days", today.plusDays(3), ctx);
            }
            case 4 -> {
                enrollments.move(id, EnrollmentStatus.SUBMITTED, today.minusDays(120), "Submitted online", ctx);
                enrollments.move(id, EnrollmentStatus.IN_PROCESS, today.minusDays(90), "In process", ctx);
                enrollments.approve(id, today.minusDays(60), today.minusDays(75), String.format("PRV%06d", number),
                        "Welcome letter received", ctx);
            }
            default -> {
                enrollments.move(id, EnrollmentStatus.SUBMITTED, today.minusYears(3).minusDays(70), "Submitted", ctx);
                enrollments.approve(id, today.minusYears(3), today.minusYears(3).minusDays(30), null,
                        "Approved", ctx);
            }
        }
    }

    private Payer payer(String name, PayerKind kind, String state, int typicalDays, int cadenceDays, String notes) {
        return enrollments.payers().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseGet(() -> enrollments.savePayer(null, name, kind, state, typicalDays, cadenceDays, notes, ctx));
    }

    private static License first(List<License> licenses) {
        return licenses.get(0);
    }
}
