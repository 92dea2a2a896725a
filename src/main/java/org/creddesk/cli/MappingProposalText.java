package org.creddesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creddesk.roster.ColumnMapping;
import org.creddesk.roster.MappingProposal;
import org.creddesk.roster.RosterField;

/** The matcher's proposal as a person reads it on a terminal, or as JSON: per column, the field and the evidence. */
final class MappingProposalText {
    private MappingProposalText() {
    }

    /** One line per column: letter, header, what it is read as (or "?" when doubtful), and why. */
    static void print(PrintWriter out, MappingProposal proposal, ColumnMapping inForce) {
        int width = proposal.columns().stream().mapToInt(c -> c.header().length()).max().orElse(10);
        width = Math.min(Math.max(width, 6), 40);
        for (MappingProposal.Column c : proposal.columns()) {
            RosterField used = inForce.columns().get(c.column());
            String reading;
            if (used != null && used != c.field()) {
                reading = used.label() + " (your mapping)";
            } else if (c.proposed() && c.confident()) {
                reading = c.field().label();
            } else if (c.proposed()) {
                reading = c.field().label() + "? (doubtful: not used until you map it)";
            } else {
                reading = "(nothing)";
            }
            String evidence = c.evidence();
            out.printf("  %-3s %-" + width + "s -> %s%s%n", letter(c.column()), clip(c.header(), width), reading,
                    evidence.isEmpty() ? "" : "   [" + evidence + "]");
        }
    }

    static List<Map<String, Object>> json(MappingProposal proposal) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (MappingProposal.Column c : proposal.columns()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("column", letter(c.column()));
            m.put("header", c.header());
            m.put("field", c.proposed() ? c.field().key() : null);
            m.put("confident", c.proposed() && c.confident());
            m.put("headerWords", c.headerWords());
            m.put("samples", c.samples());
            m.put("values", c.valueNote());
            rows.add(m);
        }
        return rows;
    }

    /** Excel's column letter: 0 is A, 26 is AA. */
    static String letter(int column) {
        StringBuilder sb = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            sb.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return sb.toString();
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
