package org.creddesk.adequacy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.creddesk.domain.adequacy.AdequacyResult;
import org.creddesk.domain.adequacy.AdequacyResult.CountyResult;
import org.creddesk.domain.adequacy.AdequacyResult.Figures;
import org.creddesk.domain.adequacy.AdequacyResult.GroupResult;
import org.creddesk.domain.report.TableReport;
import org.creddesk.domain.report.TableReport.Section;
import org.creddesk.packet.ReportPdfWriter;
import org.creddesk.roster.RosterTableWriter;

/**
 * An adequacy run as a report: the groups, then every county of every group, with the standard each was held
 * to; written as PDF (landscape tables) or xlsx (a sheet per table, text cells neutralised as ADR 0028 says).
 */
public final class AdequacyReport {
    /** The most failing ZIP codes a cell lists before saying how many more. */
    static final int ZIPS_IN_A_CELL = 40;

    private final ReportPdfWriter pdf;
    private final Clock clock;

    public AdequacyReport(ReportPdfWriter pdf, Clock clock) {
        this.pdf = pdf;
        this.clock = clock;
    }

    public static TableReport tables(AdequacyService.Run run, LocalDate madeOn) {
        AdequacyResult r = run.result();
        List<String> intro = new ArrayList<>();
        intro.add("Members file " + run.membersFile() + " (" + r.zipsWithMembers() + " ZIP codes), providers: "
                + (run.payer() == null ? "every active provider" : "active providers enrolled with " + run.payer())
                + " (" + r.providerSites() + " practice locations). Made " + madeOn + ".");
        intro.add("Distances are straight-line miles between ZIP centroids (Census ZCTA), not drive distance or "
                + "drive time.");
        if (!r.unplacedProviderZips().isEmpty()) {
            intro.add("Practice locations left out, their ZIP code is not in the Census geography: "
                    + zipList(r.unplacedProviderZips()));
        }
        return new TableReport("Network adequacy", intro, List.of(groups(r), counties(r)));
    }

    private static Section groups(AdequacyResult r) {
        List<List<String>> rows = new ArrayList<>();
        for (GroupResult g : r.groups()) {
            Figures f = g.figures();
            List<String> row = new ArrayList<>(List.of(g.specialtyGroup()));
            row.addAll(figures(f));
            row.addAll(List.of(miles(g.standard().maxMiles()), percent(g.standard().minCoveredShare()),
                    ratio(g.standard().minProvidersPer1000()), f.pass() ? "Pass" : "Fail", zipList(f.failingZips())));
            rows.add(row);
        }
        return new Section("Specialty groups", "Groups", List.of("Specialty group", "Members", "Covered",
                "Covered %", "Providers", "Per 1,000", "Max miles", "Min covered", "Min per 1,000", "Result",
                "Failing ZIP codes"), List.of(110, 45, 45, 45, 45, 45, 40, 45, 45, 35, 250), rows, "No standards.");
    }

    private static Section counties(AdequacyResult r) {
        List<List<String>> rows = new ArrayList<>();
        for (GroupResult g : r.groups()) {
            for (CountyResult c : g.counties()) {
                List<String> row = new ArrayList<>(List.of(g.specialtyGroup(), c.county().label(), c.county().fips()));
                row.addAll(figures(c.figures()));
                row.addAll(List.of(c.figures().pass() ? "Pass" : "Fail", zipList(c.figures().failingZips())));
                rows.add(row);
            }
        }
        return new Section("Counties", "Counties", List.of("Specialty group", "County", "FIPS", "Members", "Covered",
                "Covered %", "Providers", "Per 1,000", "Result", "Failing ZIP codes"),
                List.of(110, 100, 35, 45, 45, 45, 45, 45, 35, 250), rows, "No members.");
    }

    private static List<String> figures(Figures f) {
        return List.of(Long.toString(f.members()), Long.toString(f.coveredMembers()), percent(f.coveredShare()),
                Integer.toString(f.providers()), ratio(f.providersPer1000()));
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String ratio(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String miles(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String zipList(List<String> zips) {
        if (zips.size() <= ZIPS_IN_A_CELL) {
            return String.join(" ", zips);
        }
        return String.join(" ", zips.subList(0, ZIPS_IN_A_CELL)) + " and " + (zips.size() - ZIPS_IN_A_CELL) + " more";
    }

    /** Writes the run as .pdf or .xlsx, by the file's extension. */
    public void write(AdequacyService.Run run, Path file) throws IOException {
        TableReport report = tables(run, LocalDate.now(clock));
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            pdf.write(report, file, clock.instant());
        } else if (name.endsWith(".xlsx")) {
            try (RosterTableWriter w = RosterTableWriter.forFile(file)) {
                for (Section s : report.sections()) {
                    w.startSheet(s.sheet(), s.columns());
                    for (List<String> row : s.rows()) {
                        w.row(row);
                    }
                }
            }
        } else {
            throw new IllegalArgumentException("'" + file.getFileName() + "' is neither a .pdf nor an .xlsx file");
        }
    }
}
