package org.creddesk.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.creddesk.domain.BoardCertification;
import org.creddesk.domain.DeaRegistration;
import org.creddesk.domain.Ids;
import org.creddesk.domain.License;
import org.creddesk.domain.PracticeLocation;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.ProviderTaxonomy;
import org.creddesk.domain.RegistrationKind;

/**
 * Where each roster field lives in a provider file: reads the current value, names the entity and record field
 * (for provenance), and writes incoming values. A roster row carries one license, one DEA registration, one
 * board, one practice location and one taxonomy; each is matched to the stored record it describes.
 */
public final class ProviderMapper {
    private final Clock clock;

    public ProviderMapper(Clock clock) {
        this.clock = clock;
    }

    /** The entity and record field a roster field is stored in ("licenseExpires" is license.expires). */
    public record Target(String entityId, String field) {
    }

    public String current(ProviderFile f, RosterRow row, RosterField field) {
        Provider p = f.provider();
        return switch (field) {
            case NPI -> p.npi();
            case LAST_NAME -> p.lastName();
            case FIRST_NAME -> p.firstName();
            case MIDDLE_NAME -> p.middleName();
            case SUFFIX -> p.suffix();
            case DEGREE -> p.degree();
            case DATE_OF_BIRTH -> text(p.dateOfBirth());
            case GENDER -> p.gender();
            case LANGUAGES -> p.languages();
            case EMAIL -> p.email();
            case CAQH_ID -> p.caqhId();
            case TIN -> p.tin();
            case GROUP_NPI -> p.groupNpi();
            case TAXONOMY -> taxonomy(f, row).map(ProviderTaxonomy::code).orElse(null);
            case LICENSE_STATE -> license(f, row).map(License::state).orElse(null);
            case LICENSE_NUMBER -> license(f, row).map(License::number).orElse(null);
            case LICENSE_ISSUED -> license(f, row).map(l -> text(l.issued())).orElse(null);
            case LICENSE_EXPIRES -> license(f, row).map(l -> text(l.expires())).orElse(null);
            case DEA_NUMBER -> dea(f, row).map(DeaRegistration::number).orElse(null);
            case DEA_EXPIRES -> dea(f, row).map(d -> text(d.expires())).orElse(null);
            case BOARD -> board(f, row).map(BoardCertification::board).orElse(null);
            case BOARD_EXPIRES -> board(f, row).map(b -> text(b.expires())).orElse(null);
            case PRACTICE_ADDRESS -> f.primaryLocation().map(PracticeLocation::address).orElse(null);
            case PRACTICE_CITY -> f.primaryLocation().map(PracticeLocation::city).orElse(null);
            case PRACTICE_STATE -> f.primaryLocation().map(PracticeLocation::state).orElse(null);
            case PRACTICE_ZIP -> f.primaryLocation().map(PracticeLocation::zip).orElse(null);
            case PRACTICE_PHONE -> f.primaryLocation().map(PracticeLocation::phone).orElse(null);
            case PRACTICE_FAX -> f.primaryLocation().map(PracticeLocation::fax).orElse(null);
            case ACCEPTING_NEW_PATIENTS -> f.primaryLocation().map(l -> l.acceptingNewPatients() ? "Y" : "N").orElse(null);
            case EFFECTIVE_DATE, TERMINATION_DATE, ACTION -> null;
        };
    }

    /** The stored record a field lives in, when it exists already (empty for a record the row would add). */
    public Optional<Target> target(ProviderFile f, RosterRow row, RosterField field) {
        String providerId = f.id();
        return switch (field) {
            case TAXONOMY -> taxonomy(f, row).map(t -> new Target(t.id(), "code"));
            case LICENSE_STATE, LICENSE_NUMBER, LICENSE_ISSUED, LICENSE_EXPIRES ->
                    license(f, row).map(l -> new Target(l.id(), childField(field)));
            case DEA_NUMBER, DEA_EXPIRES -> dea(f, row).map(d -> new Target(d.id(), childField(field)));
            case BOARD, BOARD_EXPIRES -> board(f, row).map(b -> new Target(b.id(), childField(field)));
            case PRACTICE_ADDRESS, PRACTICE_CITY, PRACTICE_STATE, PRACTICE_ZIP, PRACTICE_PHONE, PRACTICE_FAX,
                    ACCEPTING_NEW_PATIENTS -> f.primaryLocation().map(l -> new Target(l.id(), childField(field)));
            case EFFECTIVE_DATE, TERMINATION_DATE, ACTION -> Optional.empty();
            default -> Optional.of(new Target(providerId, field.key()));
        };
    }

    private static String childField(RosterField field) {
        return switch (field) {
            case LICENSE_STATE -> "state";
            case LICENSE_NUMBER, DEA_NUMBER -> "number";
            case LICENSE_ISSUED -> "issued";
            case LICENSE_EXPIRES, DEA_EXPIRES, BOARD_EXPIRES -> "expires";
            case BOARD -> "board";
            case PRACTICE_ADDRESS -> "address";
            case PRACTICE_CITY -> "city";
            case PRACTICE_STATE -> "state";
            case PRACTICE_ZIP -> "zip";
            case PRACTICE_PHONE -> "phone";
            case PRACTICE_FAX -> "fax";
            case ACCEPTING_NEW_PATIENTS -> "acceptingNewPatients";
            default -> field.key();
        };
    }

    /** A new provider file from a row. */
    public ProviderFile create(RosterRow row, Map<RosterField, String> values) {
        String id = Ids.newId(clock);
        return apply(ProviderFile.of(Provider.blank(id)), row, values);
    }

    /** Writes {@code values} (field to incoming value; absent fields stay as they are) into the file. */
    public ProviderFile apply(ProviderFile f, RosterRow row, Map<RosterField, String> values) {
        Provider p = f.provider();
        String id = f.id();
        Provider q = new Provider(id, v(values, RosterField.FIRST_NAME, p.firstName()),
                v(values, RosterField.MIDDLE_NAME, p.middleName()), v(values, RosterField.LAST_NAME, p.lastName()),
                v(values, RosterField.SUFFIX, p.suffix()), v(values, RosterField.DEGREE, p.degree()),
                d(values, RosterField.DATE_OF_BIRTH, p.dateOfBirth()), v(values, RosterField.GENDER, p.gender()),
                v(values, RosterField.LANGUAGES, p.languages()), v(values, RosterField.EMAIL, p.email()), p.phone(),
                v(values, RosterField.NPI, p.npi()), v(values, RosterField.CAQH_ID, p.caqhId()), p.caqhAttestedOn(),
                p.medicarePtan(), v(values, RosterField.GROUP_NPI, p.groupNpi()), v(values, RosterField.TIN, p.tin()),
                p.upin(), p.coordinator(), p.attestationSignedOn(), p.status() == null ? ProviderStatus.ACTIVE : p.status());
        ProviderFile out = f.withProvider(q);
        if (values.containsKey(RosterField.TAXONOMY)) {
            out = out.withTaxonomies(taxonomies(out, row, values.get(RosterField.TAXONOMY)));
        }
        if (any(values, RosterField.LICENSE_STATE, RosterField.LICENSE_NUMBER, RosterField.LICENSE_ISSUED,
                RosterField.LICENSE_EXPIRES)) {
            License old = license(out, row).orElse(new License(Ids.newId(clock), id, null, null, null, null, null, null));
            License l = new License(old.id(), id, v(values, RosterField.LICENSE_STATE, old.state()), old.type(),
                    v(values, RosterField.LICENSE_NUMBER, old.number()), d(values, RosterField.LICENSE_ISSUED, old.issued()),
                    d(values, RosterField.LICENSE_EXPIRES, old.expires()), old.status());
            out = out.withLicenses(replace(out.licenses(), old.id(), l, License::id));
        }
        if (any(values, RosterField.DEA_NUMBER, RosterField.DEA_EXPIRES)) {
            DeaRegistration old = dea(out, row).orElse(new DeaRegistration(Ids.newId(clock), id, RegistrationKind.DEA,
                    null, v(values, RosterField.LICENSE_STATE, null), null, null, null));
            DeaRegistration r = new DeaRegistration(old.id(), id, old.kind(), v(values, RosterField.DEA_NUMBER, old.number()),
                    old.state(), old.schedules(), old.issued(), d(values, RosterField.DEA_EXPIRES, old.expires()));
            out = out.withRegistrations(replace(out.registrations(), old.id(), r, DeaRegistration::id));
        }
        if (any(values, RosterField.BOARD, RosterField.BOARD_EXPIRES)) {
            BoardCertification old = board(out, row).orElse(new BoardCertification(Ids.newId(clock), id, null, null,
                    null, null, null));
            BoardCertification b = new BoardCertification(old.id(), id, v(values, RosterField.BOARD, old.board()),
                    old.specialty(), old.initialCertified(), d(values, RosterField.BOARD_EXPIRES, old.expires()), old.status());
            out = out.withBoardCertifications(replace(out.boardCertifications(), old.id(), b, BoardCertification::id));
        }
        if (any(values, RosterField.PRACTICE_ADDRESS, RosterField.PRACTICE_CITY, RosterField.PRACTICE_STATE,
                RosterField.PRACTICE_ZIP, RosterField.PRACTICE_PHONE, RosterField.PRACTICE_FAX,
                RosterField.ACCEPTING_NEW_PATIENTS)) {
            PracticeLocation old = out.primaryLocation().orElse(new PracticeLocation(Ids.newId(clock), id, null, null,
                    null, null, null, null, null, null, false, true));
            String accepting = values.get(RosterField.ACCEPTING_NEW_PATIENTS);
            PracticeLocation l = new PracticeLocation(old.id(), id, old.name(),
                    v(values, RosterField.PRACTICE_ADDRESS, old.address()), v(values, RosterField.PRACTICE_CITY, old.city()),
                    v(values, RosterField.PRACTICE_STATE, old.state()), v(values, RosterField.PRACTICE_ZIP, old.zip()),
                    v(values, RosterField.PRACTICE_PHONE, old.phone()), v(values, RosterField.PRACTICE_FAX, old.fax()),
                    old.hours(), accepting == null ? old.acceptingNewPatients() : "Y".equals(accepting), old.primary());
            out = out.withLocations(replace(out.locations(), old.id(), l, PracticeLocation::id));
        }
        return out;
    }

    private List<ProviderTaxonomy> taxonomies(ProviderFile f, RosterRow row, String code) {
        if (f.taxonomies().stream().anyMatch(t -> code.equals(t.code()))) {
            return f.taxonomies();
        }
        Optional<ProviderTaxonomy> primary = f.primaryTaxonomy();
        if (primary.isPresent()) {
            ProviderTaxonomy t = primary.get();
            return replace(f.taxonomies(), t.id(), new ProviderTaxonomy(t.id(), f.id(), code, null, t.primary()),
                    ProviderTaxonomy::id);
        }
        return List.of(new ProviderTaxonomy(Ids.newId(clock), f.id(), code, null, true));
    }

    private static <T> List<T> replace(List<T> list, String id, T replacement, java.util.function.Function<T, String> idOf) {
        List<T> result = new ArrayList<>();
        boolean found = false;
        for (T t : list) {
            if (idOf.apply(t).equals(id)) {
                result.add(replacement);
                found = true;
            } else {
                result.add(t);
            }
        }
        if (!found) {
            result.add(replacement);
        }
        return result;
    }

    private static Optional<ProviderTaxonomy> taxonomy(ProviderFile f, RosterRow row) {
        String code = row.get(RosterField.TAXONOMY);
        return code != null && f.taxonomies().stream().anyMatch(t -> code.equals(t.code()))
                ? f.taxonomies().stream().filter(t -> code.equals(t.code())).findFirst() : f.primaryTaxonomy();
    }

    static Optional<License> license(ProviderFile f, RosterRow row) {
        return match(f.licenses(), row.get(RosterField.LICENSE_STATE), License::state,
                row.get(RosterField.LICENSE_NUMBER), License::number);
    }

    static Optional<DeaRegistration> dea(ProviderFile f, RosterRow row) {
        List<DeaRegistration> deas = f.registrations().stream().filter(r -> r.kind() == RegistrationKind.DEA).toList();
        return match(deas, row.get(RosterField.DEA_NUMBER), DeaRegistration::number, null, r -> null);
    }

    static Optional<BoardCertification> board(ProviderFile f, RosterRow row) {
        return match(f.boardCertifications(), row.get(RosterField.BOARD), BoardCertification::board, null, b -> null);
    }

    /** The record whose key matches, else the one whose second key matches; the first one when the row names none. */
    private static <T> Optional<T> match(List<T> list, String key, java.util.function.Function<T, String> keyOf,
                                         String key2, java.util.function.Function<T, String> key2Of) {
        if (key != null) {
            Optional<T> byKey = list.stream().filter(equalsIgnoreCase(key, keyOf)).findFirst();
            if (byKey.isPresent()) {
                return byKey;
            }
        }
        if (key2 != null) {
            Optional<T> byKey2 = list.stream().filter(equalsIgnoreCase(key2, key2Of)).findFirst();
            if (byKey2.isPresent()) {
                return byKey2;
            }
        }
        return key == null && key2 == null ? list.stream().findFirst() : Optional.empty();
    }

    private static <T> Predicate<T> equalsIgnoreCase(String key, java.util.function.Function<T, String> keyOf) {
        return t -> key.equalsIgnoreCase(keyOf.apply(t));
    }

    private static boolean any(Map<RosterField, String> values, RosterField... fields) {
        for (RosterField f : fields) {
            if (values.containsKey(f)) {
                return true;
            }
        }
        return false;
    }

    private static String v(Map<RosterField, String> values, RosterField f, String current) {
        return values.containsKey(f) ? values.get(f) : current;
    }

    private static LocalDate d(Map<RosterField, String> values, RosterField f, LocalDate current) {
        if (!values.containsKey(f)) {
            return current;
        }
        String v = values.get(f);
        return v == null ? null : LocalDate.parse(v);
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
