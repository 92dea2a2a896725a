package org.creddesk.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.creddesk.adequacy.ShippedGeography;
import org.creddesk.adequacy.StandardsCsv;
import org.creddesk.domain.Progress;
import org.creddesk.domain.adequacy.AdequacyEngine;
import org.creddesk.domain.adequacy.AdequacyResult;
import org.creddesk.domain.adequacy.AdequacyStandard;
import org.creddesk.domain.adequacy.Geography;
import org.creddesk.domain.adequacy.MemberCount;
import org.creddesk.domain.adequacy.ProviderSite;
import org.creddesk.domain.adequacy.ZipArea;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code creddesk bench adequacy [--providers N] [--zips N]}: the engine on the shipped Census geography (ZIP
 * codes beyond its 33,791 are made up next to real ones), members in every ZIP, providers at random real ZIPs
 * spread over the default standards' specialty groups. Wall and CPU time of each run, as JSON.
 */
@Command(name = "adequacy", description = "Time network adequacy (all default specialty groups) on N providers "
        + "x M member ZIP codes.")
public final class AdequacyBenchCommand implements Runnable {
    @ParentCommand
    BenchCommand parent;
    @Option(names = "--providers", defaultValue = "100000")
    int providers;
    @Option(names = "--zips", defaultValue = "40000")
    int zips;
    @Option(names = "--runs", defaultValue = "3")
    int runs;

    @Override
    public void run() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        Geography shipped = ShippedGeography.load();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        Random random = new Random(14);
        List<ZipArea> real = new ArrayList<>();
        for (int i = 0; i < 100_000 && real.size() < shipped.zipCount(); i++) {
            shipped.zip(String.format("%05d", i)).ifPresent(real::add);
        }
        List<ZipArea> all = new ArrayList<>(real);
        for (int i = 0; all.size() < zips; i++) {
            ZipArea near = real.get(random.nextInt(real.size()));
            all.add(new ZipArea("X" + i, near.lat() + random.nextGaussian() * 0.05, near.lon()
                    + random.nextGaussian() * 0.05, near.countyFips()));
        }
        List<ZipArea> memberZips = all.subList(0, Math.min(zips, all.size()));
        Geography geography = new Geography(all, countiesOf(shipped, all), List.of());
        List<MemberCount> members = new ArrayList<>(memberZips.size());
        for (ZipArea z : memberZips) {
            members.add(new MemberCount(z.zip(), 1 + random.nextInt(500)));
        }
        List<AdequacyStandard> standards = StandardsCsv.shippedDefault();
        List<ProviderSite> sites = new ArrayList<>(providers);
        for (int i = 0; i < providers; i++) {
            AdequacyStandard s = standards.get(random.nextInt(standards.size()));
            String prefix = s.taxonomyPrefixes().get(0);
            String code = (prefix + "0000000000").substring(0, 9) + "X";
            sites.add(new ProviderSite("p" + i, real.get(random.nextInt(real.size())).zip(), Set.of(code)));
        }
        List<Object> each = new ArrayList<>();
        double bestWall = Double.MAX_VALUE;
        AdequacyResult result = null;
        for (int r = 0; r < runs; r++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            result = new AdequacyEngine(geography).evaluate(standards, members, sites, Progress.NONE);
            double wall = (System.nanoTime() - w0) / 1e6;
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
            bestWall = Math.min(bestWall, wall);
            each.add(ProviderJson.of("wallMs", BenchFigures.round(wall), "cpuMs", BenchFigures.round(cpu)));
        }
        long passing = result == null ? 0 : result.groups().stream().filter(g -> g.figures().pass()).count();
        parent.root.out().println(Json.write(ProviderJson.of(
                "providers", providers,
                "memberZips", members.size(),
                "specialtyGroups", standards.size(),
                "groupsPassing", passing,
                "geographyLoadMs", BenchFigures.round(loadMs),
                "runs", each,
                "bestWallMs", BenchFigures.round(bestWall),
                "availableProcessors", Runtime.getRuntime().availableProcessors(),
                "loadAverage", BenchFigures.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()),
                "targets", ProviderJson.of("wallMs", 5000))));
    }

    private static List<org.creddesk.domain.adequacy.County> countiesOf(Geography shipped, List<ZipArea> zips) {
        return zips.stream().map(ZipArea::countyFips).distinct().map(f -> shipped.county(f).orElseThrow()).toList();
    }
}
