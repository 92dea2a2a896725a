package org.creddesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.creddesk.adequacy.AdequacyService;
import org.creddesk.adequacy.StandardsCsv;
import org.creddesk.domain.Progress;
import org.creddesk.domain.adequacy.AdequacyInputException;
import org.creddesk.domain.adequacy.AdequacyResult;
import org.creddesk.domain.adequacy.AdequacyStandard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code creddesk adequacy --members m.csv [--standards s.csv] [--payer NAME] [--json] [--xlsx F] [--pdf F]}:
 * network adequacy by straight-line miles between ZIP centroids, a table or JSON on stdout, optional exports.
 */
@Command(name = "adequacy", description = "Network adequacy per specialty group and county: members within the "
        + "standard's straight-line miles (between ZIP centroids; not drive time) of an active provider, providers "
        + "per 1,000 members, pass or fail. Exit 2: a bad input file (row, column and value on stderr).")
final class AdequacyCommand implements Runnable {
    @ParentCommand
    CredDeskCommand root;
    @Option(names = "--members", required = true, paramLabel = "FILE", description = "CSV with columns zip,members")
    Path members;
    @Option(names = "--standards", paramLabel = "FILE", description = "CSV " + StandardsCsv.HEADER
            + " (prefixes separated by |); default: the table saved in the window, else the CMS Medicare Advantage "
            + "Metro figures shipped")
    Path standards;
    @Option(names = "--payer", paramLabel = "NAME", description = "Only providers with an approved enrollment with "
            + "this payer")
    String payer;
    @Option(names = "--json", description = "JSON on stdout")
    boolean json;
    @Option(names = "--xlsx", paramLabel = "FILE", description = "Also write the result as an xlsx workbook")
    Path xlsx;
    @Option(names = "--pdf", paramLabel = "FILE", description = "Also write the result as a PDF report")
    Path pdf;

    @Override
    public void run() {
        AdequacyService service = root.context().adequacy();
        AdequacyService.Run run;
        try {
            List<AdequacyStandard> table = standards == null ? service.standards() : StandardsCsv.read(standards);
            run = service.run(members, table, payer, Progress.NONE);
        } catch (AdequacyInputException e) {
            throw new CliException(e.column().equals("payer") ? CliException.NOT_FOUND : CliException.UNREADABLE,
                    e.getMessage());
        } catch (IOException e) {
            throw new CliException(CliException.UNREADABLE, "Cannot read " + members + ": " + e.getMessage());
        }
        AdequacyResult result = run.result();
        if (json) {
            root.out().println(Json.write(jsonOf(result)));
        } else {
            printTable(result);
        }
        for (Path file : new Path[] {xlsx, pdf}) {
            if (file != null) {
                try {
                    root.context().adequacyReports().write(run, file);
                } catch (IOException e) {
                    throw new CliException(CliException.UNREADABLE, "Cannot write " + file + ": " + e.getMessage());
                }
                root.err().println("Written: " + file);
            }
        }
        if (!result.unplacedProviderZips().isEmpty()) {
            root.err().println("Practice locations left out (ZIP code not in the Census geography): "
                    + String.join(", ", result.unplacedProviderZips()));
        }
        root.err().println("Straight-line miles between ZIP centroids, not drive time.");
    }

    static List<Map<String, Object>> jsonOf(AdequacyResult result) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (AdequacyResult.GroupResult g : result.groups()) {
            Map<String, Object> ordered = new LinkedHashMap<>();
            ordered.put("specialtyGroup", g.specialtyGroup());
            ordered.putAll(figures(g.figures()));
            List<Map<String, Object>> counties = new ArrayList<>();
            for (AdequacyResult.CountyResult c : g.counties()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("fips", c.county().fips());
                cm.put("county", c.county().name());
                cm.put("state", c.county().state());
                cm.putAll(figures(c.figures()));
                counties.add(cm);
            }
            ordered.put("maxMiles", g.standard().maxMiles());
            ordered.put("counties", counties);
            out.add(ordered);
        }
        return out;
    }

    private static Map<String, Object> figures(AdequacyResult.Figures f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("members", f.members());
        m.put("coveredMembers", f.coveredMembers());
        m.put("coveredShare", Math.round(f.coveredShare() * 10_000) / 10_000.0);
        m.put("providers", f.providers());
        m.put("providersPer1000", Math.round(f.providersPer1000() * 1000) / 1000.0);
        m.put("pass", f.pass());
        m.put("failingZips", f.failingZips());
        return m;
    }

    private void printTable(AdequacyResult result) {
        root.out().printf(Locale.ROOT, "%-40s %9s %9s %8s %9s  %-4s  %s%n", "Specialty group", "Members", "Covered",
                "Share", "Per 1,000", "", "Failing ZIP codes");
        for (AdequacyResult.GroupResult g : result.groups()) {
            AdequacyResult.Figures f = g.figures();
            List<String> failing = f.failingZips();
            String zips = failing.size() <= 8 ? String.join(" ", failing)
                    : String.join(" ", failing.subList(0, 8)) + " and " + (failing.size() - 8) + " more";
            root.out().printf(Locale.ROOT, "%-40s %9d %9d %7.1f%% %9.2f  %-4s  %s%n", g.specialtyGroup(), f.members(),
                    f.coveredMembers(), f.coveredShare() * 100, f.providersPer1000(), f.pass() ? "PASS" : "FAIL", zips);
        }
    }
}
