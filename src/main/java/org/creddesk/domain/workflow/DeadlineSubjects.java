package org.creddesk.domain.workflow;

import org.creddesk.domain.Affiliation;
import org.creddesk.domain.BoardCertification;
import org.creddesk.domain.DeaRegistration;
import org.creddesk.domain.License;
import org.creddesk.domain.MalpracticePolicy;
import org.creddesk.domain.RegistrationKind;

/** The short subject line of a deadline ("MA license 003806"), the same in the dashboard, CLI and calendar. */
public final class DeadlineSubjects {
    private DeadlineSubjects() {
    }

    public static String license(License l) {
        return join(l.state(), "license", l.number());
    }

    public static String registration(DeaRegistration r) {
        return r.kind() == RegistrationKind.DEA ? join("DEA", r.number(), paren(r.state()))
                : join(r.state(), "CDS", r.number());
    }

    public static String board(BoardCertification b) {
        return join("Board certification", b.specialty(), paren(b.board()));
    }

    public static String malpractice(MalpracticePolicy m) {
        return join("Malpractice policy", m.policyNumber(), paren(m.carrier()));
    }

    public static String reappointment(Affiliation a) {
        return join("Reappointment at", a.facility());
    }

    public static String payer(Payer payer, String state) {
        return payer == null ? "Payer" : join(payer.name(), paren(state));
    }

    private static String paren(String s) {
        return s == null || s.isBlank() ? null : "(" + s.strip() + ")";
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(p.strip());
            }
        }
        return sb.toString();
    }
}
