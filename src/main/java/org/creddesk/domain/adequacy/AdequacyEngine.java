package org.creddesk.domain.adequacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.creddesk.domain.Progress;

/**
 * Network adequacy by straight-line miles between ZIP centroids (never drive time). For each specialty group: a
 * member is covered when a provider of the group practises within the group's max miles of the member's ZIP; a
 * provider counts toward the ratio when it is within max miles of at least one member (as CMS counts them), per
 * county of the members too. A group (or county) passes when its covered share and its ratio both reach the
 * standard. Members are given by ZIP, already checked against the geography.
 */
public final class AdequacyEngine {
    private final Geography geography;

    public AdequacyEngine(Geography geography) {
        this.geography = geography;
    }

    public AdequacyResult evaluate(List<AdequacyStandard> standards, List<MemberCount> members,
                                   List<ProviderSite> sites, Progress progress) {
        Map<String, Long> byZip = new TreeMap<>();
        for (MemberCount m : members) {
            ZipArea z = geography.zip(m.zip()).orElseThrow(() -> new IllegalArgumentException(
                    "ZIP " + m.zip() + " is not in the geography"));
            byZip.merge(z.zip(), m.members(), Long::sum);
        }
        MemberZips zips = new MemberZips(byZip);
        Set<String> unplaced = new TreeSet<>();
        List<ZipArea> siteAreas = new ArrayList<>(sites.size());
        for (ProviderSite s : sites) {
            ZipArea z = s.zip() == null ? null : geography.zip(s.zip()).orElse(null);
            if (z == null) {
                unplaced.add(s.zip() == null ? "" : s.zip());
            }
            siteAreas.add(z);
        }
        List<AdequacyResult.GroupResult> groups = new ArrayList<>();
        for (int g = 0; g < standards.size(); g++) {
            progress.checkCancelled();
            AdequacyStandard standard = standards.get(g);
            progress.update(g, standards.size(), standard.specialtyGroup());
            groups.add(group(standard, zips, sites, siteAreas));
        }
        progress.update(standards.size(), standards.size(), "");
        return new AdequacyResult(groups, List.copyOf(unplaced), sites.size(), byZip.size());
    }

    /** The member ZIPs as arrays, with a county index each, and a grid over them. */
    private final class MemberZips {
        final String[] zip;
        final long[] members;
        final double[] lat;
        final double[] lon;
        final int[] county;
        final List<County> counties = new ArrayList<>();
        final PointGrid grid;

        MemberZips(Map<String, Long> byZip) {
            int n = byZip.size();
            zip = new String[n];
            members = new long[n];
            lat = new double[n];
            lon = new double[n];
            county = new int[n];
            Map<String, Integer> countyIndex = new LinkedHashMap<>();
            int i = 0;
            for (Map.Entry<String, Long> e : byZip.entrySet()) {
                ZipArea z = geography.zip(e.getKey()).orElseThrow();
                zip[i] = z.zip();
                members[i] = e.getValue();
                lat[i] = z.lat();
                lon[i] = z.lon();
                county[i] = countyIndex.computeIfAbsent(z.countyFips(), f -> {
                    counties.add(geography.county(f).orElse(new County(f, f, "", z.lat(), z.lon())));
                    return counties.size() - 1;
                });
                i++;
            }
            grid = new PointGrid(lat, lon);
        }
    }

    private AdequacyResult.GroupResult group(AdequacyStandard standard, MemberZips zips, List<ProviderSite> sites,
                                             List<ZipArea> siteAreas) {
        // The group's sites, ordered by provider so one provider's sites come together.
        Map<String, Integer> providerIndex = new HashMap<>();
        int[] siteOf = new int[sites.size()];
        int[] providerOf = new int[sites.size()];
        int n = 0;
        for (int i = 0; i < sites.size(); i++) {
            if (siteAreas.get(i) != null && inGroup(standard, sites.get(i))) {
                siteOf[n] = i;
                providerOf[n] = providerIndex.computeIfAbsent(sites.get(i).providerId(), id -> providerIndex.size());
                n++;
            }
        }
        int[] order = byProvider(providerOf, n, providerIndex.size());
        double[] lat = new double[n];
        double[] lon = new double[n];
        int[] provider = new int[n];
        for (int k = 0; k < n; k++) {
            ZipArea z = siteAreas.get(siteOf[order[k]]);
            lat[k] = z.lat();
            lon[k] = z.lon();
            provider[k] = providerOf[order[k]];
        }
        double miles = standard.maxMiles();
        PointGrid providers = new PointGrid(lat, lon);
        int countyCount = zips.counties.size();
        long[] members = new long[countyCount];
        long[] covered = new long[countyCount];
        List<List<String>> failing = new ArrayList<>();
        for (int c = 0; c < countyCount; c++) {
            failing.add(new ArrayList<>());
        }
        for (int i = 0; i < zips.zip.length; i++) {
            int c = zips.county[i];
            members[c] += zips.members[i];
            if (providers.anyWithin(zips.lat[i], zips.lon[i], miles)) {
                covered[c] += zips.members[i];
            } else {
                failing.get(c).add(zips.zip[i]);
            }
        }
        // Providers within max miles of at least one member, overall and per county (a provider near two
        // counties' members counts in both, once in each however many sites it has).
        boolean[] counted = new boolean[providerIndex.size()];
        int[] perCounty = new int[countyCount];
        int[] seenBy = new int[countyCount];
        Arrays.fill(seenBy, -1);
        for (int k = 0; k < n; k++) {
            int p = provider[k];
            zips.grid.forEachWithin(lat[k], lon[k], miles, i -> {
                int c = zips.county[i];
                if (seenBy[c] != p) {
                    seenBy[c] = p;
                    counted[p] = true;
                    perCounty[c]++;
                }
            });
        }
        int providersCounted = 0;
        for (boolean b : counted) {
            providersCounted += b ? 1 : 0;
        }
        List<AdequacyResult.CountyResult> counties = new ArrayList<>();
        long allMembers = 0;
        long allCovered = 0;
        List<String> allFailing = new ArrayList<>();
        for (int c = 0; c < countyCount; c++) {
            allMembers += members[c];
            allCovered += covered[c];
            allFailing.addAll(failing.get(c));
            counties.add(new AdequacyResult.CountyResult(zips.counties.get(c),
                    figures(standard, members[c], covered[c], perCounty[c], failing.get(c))));
        }
        allFailing.sort(null);
        counties.sort((a, b) -> a.county().label().compareTo(b.county().label()));
        return new AdequacyResult.GroupResult(standard,
                figures(standard, allMembers, allCovered, providersCounted, allFailing), counties);
    }

    private static boolean inGroup(AdequacyStandard standard, ProviderSite site) {
        for (String code : site.taxonomyCodes()) {
            if (standard.covers(code)) {
                return true;
            }
        }
        return false;
    }

    /** Positions 0..n-1 ordered by their provider index (a counting sort). */
    private static int[] byProvider(int[] providerOf, int n, int providers) {
        int[] start = new int[providers + 1];
        for (int k = 0; k < n; k++) {
            start[providerOf[k] + 1]++;
        }
        for (int p = 0; p < providers; p++) {
            start[p + 1] += start[p];
        }
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[start[providerOf[k]]++] = k;
        }
        return order;
    }

    private static AdequacyResult.Figures figures(AdequacyStandard s, long members, long covered, int providers,
                                                  List<String> failingZips) {
        AdequacyResult.Figures f = new AdequacyResult.Figures(members, covered, providers, false, failingZips);
        boolean pass = members > 0 && f.coveredShare() >= s.minCoveredShare()
                && f.providersPer1000() >= s.minProvidersPer1000();
        return new AdequacyResult.Figures(members, covered, providers, pass, failingZips);
    }
}
