package org.creddesk.domain.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.creddesk.domain.BoardCertification;
import org.creddesk.domain.DeaRegistration;
import org.creddesk.domain.License;
import org.creddesk.domain.MalpracticePolicy;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.RegistrationKind;

/**
 * The credentials of a file that count: of several records of the same credential (a renewal beside the old one),
 * the one expiring last. Deadlines alert on these, and an approval is refused while one has lapsed.
 */
public final class CurrentCredentials {
    private CurrentCredentials() {
    }

    /** A credential that had expired on a day (or is missing: {@code expired} null), and its record. */
    public record Lapse(DeadlineKind kind, String subject, LocalDate expired, String recordId) {
        public String reason(LocalDate on) {
            if (expired == null) {
                return "No " + subject.toLowerCase(java.util.Locale.ROOT) + " on file: add it before approving";
            }
            return subject + " expired " + org.creddesk.domain.ShownDates.format(expired) + ", before "
                    + org.creddesk.domain.ShownDates.format(on) + ": renew it or record the renewal";
        }
    }

    public static Collection<License> licenses(ProviderFile f) {
        return newestBy(f.licenses(), l -> key(l.state(), l.type()), License::expires);
    }

    public static Collection<DeaRegistration> registrations(ProviderFile f) {
        return newestBy(f.registrations(), r -> key(r.kind().name(), r.state()), DeaRegistration::expires);
    }

    public static Collection<BoardCertification> boards(ProviderFile f) {
        return newestBy(f.boardCertifications(), b -> key(b.board(), b.specialty()), BoardCertification::expires);
    }

    /** A renewal is usually a new policy, sometimes with another carrier: only the latest one counts. */
    public static Collection<MalpracticePolicy> malpractice(ProviderFile f) {
        return newestBy(f.malpracticePolicies(), m -> "", MalpracticePolicy::expires);
    }

    /** Every current credential that had expired by {@code on} (expired the day before counts; on the day does not). */
    public static List<Lapse> lapsedOn(ProviderFile f, LocalDate on) {
        List<Lapse> out = new ArrayList<>();
        licenses(f).forEach(l -> lapse(out, DeadlineKind.LICENSE, DeadlineSubjects.license(l), l.expires(), l.id(), on));
        registrations(f).forEach(r -> lapse(out, r.kind() == RegistrationKind.DEA ? DeadlineKind.DEA : DeadlineKind.CDS,
                DeadlineSubjects.registration(r), r.expires(), r.id(), on));
        boards(f).forEach(b -> lapse(out, DeadlineKind.BOARD, DeadlineSubjects.board(b), b.expires(), b.id(), on));
        malpractice(f).forEach(m -> lapse(out, DeadlineKind.MALPRACTICE, DeadlineSubjects.malpractice(m), m.expires(),
                m.id(), on));
        return out;
    }

    private static void lapse(List<Lapse> out, DeadlineKind kind, String subject, LocalDate expires, String id,
                              LocalDate on) {
        if (expires != null && expires.isBefore(on)) {
            out.add(new Lapse(kind, subject, expires, id));
        }
    }

    private static <T> Collection<T> newestBy(List<T> rows, Function<T, String> key, Function<T, LocalDate> expires) {
        Comparator<T> byExpiry = Comparator.comparing(expires, Comparator.nullsFirst(Comparator.naturalOrder()));
        Map<String, Optional<T>> newest = rows.stream().collect(Collectors.groupingBy(key,
                java.util.LinkedHashMap::new, Collectors.maxBy(byExpiry)));
        return newest.values().stream().flatMap(Optional::stream).toList();
    }

    private static String key(String a, String b) {
        return (a == null ? "" : a.strip().toUpperCase()) + "|" + (b == null ? "" : b.strip().toUpperCase());
    }
}
