package org.creddesk.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.workflow.CredentialingDecision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code creddesk decision-notice NPI --sent DATE --how METHOD}: the practitioner was told of the decision. */
@Command(name = "decision-notice", description = "Record that the practitioner was told of a credentialing decision "
        + "(closes its decision-notice deadline, due 30 days after the decision).")
final class DecisionNoticeCommand implements Runnable {
    @ParentCommand
    CredDeskCommand root;
    @Parameters(paramLabel = "NPI", description = "The provider's NPI")
    String npi;
    @Option(names = "--sent", required = true, paramLabel = "YYYY-MM-DD", description = "The day the notice was sent")
    LocalDate sent;
    @Option(names = "--how", required = true, paramLabel = "METHOD", description = "How: letter, email, portal, fax...")
    String how;
    @Option(names = "--decision", paramLabel = "ID", description = "Which decision (default: the newest approval or "
            + "denial still waiting for its notice)")
    String decisionId;

    @Override
    public void run() {
        ProviderFile f = ProvidersCommand.byNpi(root, npi);
        CredentialingDecision d = EnrollmentsCommand.usage(() -> root.context().decisions().recordNotice(f.id(),
                decisionId, sent, how, root.context().manualChange()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("decision", d.id());
        m.put("outcome", d.outcome().name().toLowerCase());
        m.put("decidedOn", d.decidedOn().toString());
        m.put("noticeSentOn", d.noticeSentOn().toString());
        m.put("noticeMethod", d.noticeMethod());
        root.out().println(Json.write(m));
    }
}
