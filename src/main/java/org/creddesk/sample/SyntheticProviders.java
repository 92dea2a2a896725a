package org.creddesk.sample;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.creddesk.domain.BoardCertification;
import org.creddesk.domain.DeaRegistration;
import org.creddesk.domain.Ids;
import org.creddesk.domain.License;
import org.creddesk.domain.MalpracticePolicy;
import org.creddesk.domain.Npi;
import org.creddesk.domain.PracticeLocation;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.ProviderTaxonomy;
import org.creddesk.domain.RegistrationKind;

/** Many fictitious provider files for benchmarks: valid check digits, spread names, states and expiries. */
public final class SyntheticProviders {
    private static final String[] FIRST = {"Anna", "Miguel", "Priya", "James", "Linh", "Sofia", "David", "Aisha",
        "Tomasz", "Grace", "Kenji", "Fatima", "Liam", "Chloé", "Omar", "Hannah", "Ravi", "Elena", "Marcus", "Yuki"};
    private static final String[] SYLLABLES = {"ab", "ber", "cal", "dun", "el", "fen", "gar", "hal", "in", "jor",
        "kel", "lin", "mor", "nes", "ol", "par", "quin", "ros", "sta", "tor", "ul", "van", "wel", "yar", "zel"};
    private static final String[] STATES = {"MA", "TX", "IL", "CA", "NY", "NJ", "FL", "OH", "PA", "WA"};
    private static final String[] TAXONOMIES = {"207R00000X", "207Q00000X", "208000000X", "207X00000X",
        "2084P0800X", "363LF0000X", "363A00000X"};

    private SyntheticProviders() {
    }

    /** The NPI of the i-th synthetic provider (valid check digit, unique per index). */
    public static String npi(int i) {
        String first9 = "1" + String.format("%08d", 10_000_000 + i);
        return first9 + Npi.checkDigit(first9);
    }

    public static String lastName(int i) {
        Random r = new Random(i * 31L + 7);
        String s = SYLLABLES[r.nextInt(SYLLABLES.length)] + SYLLABLES[r.nextInt(SYLLABLES.length)]
                + SYLLABLES[r.nextInt(SYLLABLES.length)];
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public static String firstName(int i) {
        return FIRST[i % FIRST.length];
    }

    public static List<ProviderFile> generate(int from, int count, LocalDate today, Clock clock) {
        List<ProviderFile> result = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            result.add(one(i, today, clock));
        }
        return result;
    }

    public static ProviderFile one(int i, LocalDate today, Clock clock) {
        Random r = new Random(i);
        String id = Ids.newId(clock);
        String state = STATES[i % STATES.length];
        Provider p = new Provider(id, firstName(i), null, lastName(i), null, "MD",
                LocalDate.of(1955 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28)), i % 2 == 0 ? "F" : "M",
                "English", null, null, npi(i), String.valueOf(20_000_000 + i), today.minusDays(r.nextInt(150)),
                null, null, null, null, null, null, ProviderStatus.ACTIVE);
        return ProviderFile.of(p)
                .withTaxonomies(List.of(new ProviderTaxonomy(Ids.newId(clock), id, TAXONOMIES[i % TAXONOMIES.length],
                        null, true)))
                .withLicenses(List.of(new License(Ids.newId(clock), id, state, "MD", String.format("%06d", i),
                        today.minusYears(3), today.plusDays(r.nextInt(1000) - 30), "Active")))
                .withRegistrations(List.of(new DeaRegistration(Ids.newId(clock), id, RegistrationKind.DEA, dea(r),
                        state, "2-5", today.minusYears(2), today.plusDays(r.nextInt(1000) - 30))))
                .withBoardCertifications(List.of(new BoardCertification(Ids.newId(clock), id,
                        "American Board of Internal Medicine", "Internal Medicine", today.minusYears(8),
                        today.plusDays(r.nextInt(2000)), "Certified")))
                .withMalpracticePolicies(List.of(new MalpracticePolicy(Ids.newId(clock), id, "Coverys",
                        "PL-" + i, "1,000,000", "3,000,000", today.minusDays(200), today.plusDays(r.nextInt(365)))))
                .withLocations(List.of(new PracticeLocation(Ids.newId(clock), id, "Clinic", (100 + i % 900) + " Main St",
                        "Springfield", state, String.format("%05d", 1000 + i % 90000), "(555) 010-0000", null, null,
                        true, true)));
    }

    private static String dea(Random r) {
        int[] d = new int[6];
        StringBuilder sb = new StringBuilder("BX");
        for (int k = 0; k < 6; k++) {
            d[k] = r.nextInt(10);
            sb.append(d[k]);
        }
        return sb.append((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10).toString();
    }
}
