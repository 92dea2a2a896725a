package org.creddesk.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.provider.NotFoundException;
import org.creddesk.workflow.EnrollmentBoardFilter;

/**
 * The providers a payer knows: the active providers with an enrollment with it (at any stage), in name order. A
 * roster export for the payer and a packet batch for the payer both list these; a retired provider needs neither
 * a roster line nor an application packet.
 */
public final class PayerProviders {
    private PayerProviders() {
    }

    /** Throws {@link NotFoundException} for a payer nobody set up. */
    public static List<String> activeEnrolledWith(AppContext app, String payerName) {
        Payer payer = app.enrollments().payerNamed(payerName);
        Set<String> enrolled = app.enrollments()
                .board(new EnrollmentBoardFilter(payer.id(), null, null, null, false), LocalDate.now(app.clock()))
                .stream().map(card -> card.facts().enrollment().providerId()).collect(Collectors.toSet());
        return app.providerRepository().activeIds().stream().filter(enrolled::contains).toList();
    }
}
