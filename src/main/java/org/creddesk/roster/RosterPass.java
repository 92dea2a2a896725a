package org.creddesk.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.creddesk.domain.AuditEntry;
import org.creddesk.domain.ConflictAnswer;
import org.creddesk.domain.Ids;
import org.creddesk.domain.Progress;
import org.creddesk.domain.Provenance;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.VerifiedField;
import org.creddesk.store.ChangeLog;
import org.creddesk.store.ProviderIdentity;
import org.creddesk.store.RosterMember;
import org.creddesk.store.RosterSession;

/**
 * One streaming pass over a roster inside one store session: rows are parsed, matched, compared and (when
 * applying) written in chunks, so memory holds a chunk of provider files, never the whole roster.
 */
final class RosterPass implements RowSink {
    private static final int CHUNK = 1000;

    private final RosterSession session;
    private final RowParser parser;
    private final RosterDiff diff;
    private final ProviderMapper mapper;
    private final Resolutions resolutions;
    private final boolean apply;
    private final Progress progress;
    private final String source;
    private final LocalDate today;
    private final java.time.Clock clock;
    private final int headerRow;
    private final String importId;

    private final Map<String, String> idByNpi = new HashMap<>();
    private Map<String, String> idByNameAndBirth;
    private final Map<String, String> npiById = new HashMap<>();
    private final Map<String, RosterMember> members;
    private final Map<String, Integer> rowByNpi = new HashMap<>();
    private final Map<String, Integer> rowByProvider = new HashMap<>();
    private final List<RosterRow> chunk = new ArrayList<>();
    private final List<RowOutcome> outcomes = new ArrayList<>();
    private final List<RowIssue> rejected = new ArrayList<>();
    private final List<RowIssue> warnings = new ArrayList<>();
    private int rows;

    RosterPass(RosterSession session, RowParser parser, RosterDiff diff, ProviderMapper mapper, Resolutions resolutions,
               boolean apply, Progress progress, String source, java.time.Clock clock, int headerRow, String importId) {
        this.session = session;
        this.parser = parser;
        this.diff = diff;
        this.mapper = mapper;
        this.resolutions = resolutions;
        this.apply = apply;
        this.progress = progress;
        this.source = source;
        this.clock = clock;
        this.today = LocalDate.now(clock);
        this.headerRow = headerRow;
        this.importId = importId;
        for (ProviderIdentity p : session.identities()) {
            if (p.npi() != null) {
                idByNpi.put(p.npi(), p.id());
                npiById.put(p.id(), p.npi());
            }
        }
        this.members = session.members(source);
    }

    /** Name + birth date to provider id, built only when a row without a known NPI needs it. */
    private Map<String, String> nameIndex() {
        if (idByNameAndBirth == null) {
            idByNameAndBirth = new HashMap<>();
            for (ProviderIdentity p : session.identities()) {
                if (p.dateOfBirth() != null && p.lastName() != null && p.firstName() != null) {
                    idByNameAndBirth.putIfAbsent(nameKey(p.lastName(), p.firstName(), p.dateOfBirth().toString()),
                            p.id());
                }
            }
        }
        return idByNameAndBirth;
    }

    static String nameKey(String last, String first, String dob) {
        return last.strip().toLowerCase(Locale.ROOT) + "|" + first.strip().toLowerCase(Locale.ROOT) + "|" + dob;
    }

    static final String NO_NPI = "No NPI: a roster row adds a provider only with an NPI, and this row matches no"
            + " provider on file by name and date of birth";

    @Override
    public boolean accept(SheetRow sheetRow) {
        if (sheetRow.number() <= headerRow) {
            return true;
        }
        RowParser.Parsed parsed = parser.parse(sheetRow);
        if (parsed.skipped()) {
            return true;
        }
        rows++;
        warnings.addAll(parsed.warnings());
        if (parsed.rejection() != null) {
            reject(parsed.rejection(), parser.rawCell(sheetRow, RosterField.NPI), parser.rawName(sheetRow));
        } else {
            RosterRow row = parsed.row();
            String npi = row.npi();
            Integer first = npi == null ? null : rowByNpi.putIfAbsent(npi, row.number());
            if (first != null) {
                reject(new RowIssue(row.number(), parser.headerOf(RosterField.NPI), npi,
                        "NPI " + npi + " appears twice in the file (also on row " + first + ")"), row);
            } else {
                chunk.add(row);
            }
        }
        if (chunk.size() >= CHUNK) {
            flush();
        }
        if (rows % 1000 == 0) {
            progress.update(rows, 0, "rows");
            progress.checkCancelled();
        }
        return true;
    }

    private void reject(RowIssue issue, RosterRow row) {
        reject(issue, row.npi(), row.displayName());
    }

    /** A rejected row keeps its own NPI and name cells, so a person can tell whose row it was. */
    private void reject(RowIssue issue, String npi, String name) {
        rejected.add(issue);
        outcomes.add(new RowOutcome(issue.row(), npi, name, RowStatus.REJECTED, null, List.of(), List.of(),
                issue.message()));
    }

    private void flush() {
        progress.checkCancelled();
        if (chunk.isEmpty()) {
            return;
        }
        // by identity: a row's own hashCode walks all its values, and rows are unique objects anyway
        Map<RosterRow, String> matched = new java.util.IdentityHashMap<>();
        for (RosterRow row : chunk) {
            String id = row.npi() != null ? idByNpi.get(row.npi()) : null;
            if (id == null && row.has(RosterField.DATE_OF_BIRTH)) {
                id = nameIndex().get(nameKey(row.get(RosterField.LAST_NAME), row.get(RosterField.FIRST_NAME),
                        row.get(RosterField.DATE_OF_BIRTH)));
            }
            if (id != null) {
                matched.put(row, id);
            }
        }
        Map<String, ProviderFile> existing = session.load(new LinkedHashSet<>(matched.values()));
        List<RosterDiff.Comparison> compared = new ArrayList<>();
        Set<String> needProvenance = new HashSet<>();
        for (RosterRow row : chunk) {
            String id = matched.get(row);
            Integer other = id == null ? null : rowByProvider.putIfAbsent(id, row.number());
            if (other != null) {
                reject(new RowIssue(row.number(), null, null, "Same provider as row " + other), row);
                continue;
            }
            if (id == null && row.npi() == null) {
                reject(new RowIssue(row.number(), parser.headerOf(RosterField.NPI), null, NO_NPI), row);
                continue;
            }
            RosterDiff.Comparison c = diff.compare(row, id == null ? null : existing.get(id),
                    id == null ? null : members.get(id));
            compared.add(c);
            if (c.existing() != null && !c.changes().isEmpty()) {
                needProvenance.add(id);
            }
        }
        Map<String, List<AuditEntry>> logs = needProvenance.isEmpty() ? Map.of() : session.changeLog(needProvenance);
        Map<String, VerifiedField> verified = needProvenance.isEmpty() ? Map.of()
                : session.verifiedFields(needProvenance);
        Map<String, List<ConflictAnswer>> answers = needProvenance.isEmpty() ? Map.of()
                : session.conflictAnswers(needProvenance);
        List<ProviderFile> toSave = new ArrayList<>();
        List<RosterMember> memberChanges = new ArrayList<>();
        for (RosterDiff.Comparison c : compared) {
            Map<String, Provenance> provenance = c.existing() == null ? Map.of()
                    : ChangeLog.provenance(logs.getOrDefault(c.existing().id(), List.of()));
            RowOutcome outcome = decide(c, new Protected(provenance, verified, answers), toSave, memberChanges);
            outcomes.add(outcome);
        }
        if (apply) {
            session.save(toSave, existing);
            session.saveMembers(memberChanges, members);
        }
        chunk.clear();
    }

    /** What protects the fields of the providers of one chunk, keyed "entityId.field". */
    private record Protected(Map<String, Provenance> provenance, Map<String, VerifiedField> verified,
                             Map<String, List<ConflictAnswer>> answers) {
        Optional<ConflictAnswer> answer(ProviderMapper.Target t, String current, String incoming) {
            return answers.getOrDefault(t.entityId() + "." + t.field(), List.of()).stream()
                    .filter(a -> a.answers(current, incoming)).reduce((a, b) -> b);
        }
    }

    private RowOutcome decide(RosterDiff.Comparison c, Protected prot, List<ProviderFile> toSave,
                              List<RosterMember> memberChanges) {
        RosterRow row = c.row();
        if (c.existing() == null) {
            String createdId = null;
            if (apply) {
                // a preview only counts new providers: building their files is work for the apply
                ProviderFile created = mapper.create(row, providerValues(row.values()));
                toSave.add(created);
                createdId = created.id();
                memberChanges.add(member(null, createdId, row));
            }
            return new RowOutcome(row.number(), row.npi(), row.displayName(), RowStatus.NEW, createdId,
                    c.changes(), List.of(), null);
        }
        ProviderFile f = c.existing();
        List<Conflict> conflicts = new ArrayList<>();
        Map<RosterField, String> toApply = new EnumMap<>(RosterField.class);
        for (FieldDiff d : c.changes()) {
            Optional<Protection> p = diff.protection(f, row, d.field(), prot.provenance(), prot.verified());
            if (p.isEmpty()) {
                toApply.put(d.field(), d.incoming());
                continue;
            }
            Conflict conflict = new Conflict(row.number(), npiOf(c), d.field(), d.current(), d.incoming(),
                    p.get().source(), p.get().actor(), p.get().at(), p.get().verification(), null);
            ProviderMapper.Target target = mapper.target(f, row, d.field()).orElseThrow();
            Optional<ConflictAnswer> answered = prot.answer(target, d.current(), d.incoming());
            if (answered.isPresent()) {
                // the person kept this value against this very roster value before: not asked again
                conflicts.add(conflict.answeredBy(answered.get()));
                continue;
            }
            conflicts.add(conflict);
            Optional<String> chosen = resolutions.valueFor(row.number(), d.field());
            if (chosen.isPresent()) {
                toApply.put(d.field(), chosen.get());
            } else if (apply && resolutions.answeredByPerson()) {
                session.recordAnswer(f.id(), new ConflictAnswer(target.entityId(), target.field(), d.current(),
                        d.incoming(), session.actor(), clock.instant()), importId);
            }
        }
        Map<RosterField, String> providerValues = providerValues(toApply);
        if (!providerValues.isEmpty()) {
            toSave.add(mapper.apply(f, row, providerValues));
        }
        RosterMember before = members.get(f.id());
        RosterMember after = member(before, f.id(), row);
        if (before == null || !sameMembership(before, after)) {
            memberChanges.add(after);
        }
        boolean open = conflicts.stream().anyMatch(x -> !x.isAnswered());
        RowStatus status = toApply.isEmpty() ? (open ? RowStatus.CONFLICTING : RowStatus.UNCHANGED)
                : RowStatus.CHANGED;
        List<FieldDiff> applied = c.changes().stream().filter(d -> toApply.containsKey(d.field())).toList();
        return new RowOutcome(row.number(), npiOf(c), row.displayName(), status, f.id(), applied, conflicts, null);
    }

    /** The stored NPI (a roster row may carry another one, which is then a conflict), else the row's. */
    private String npiOf(RosterDiff.Comparison c) {
        String stored = c.existing().provider().npi();
        return stored != null ? stored : c.row().npi();
    }

    private static Map<RosterField, String> providerValues(Map<RosterField, String> values) {
        Map<RosterField, String> result = new EnumMap<>(RosterField.class);
        values.forEach((k, v) -> {
            if (!k.isMembership()) {
                result.put(k, v);
            }
        });
        return result;
    }

    private RosterMember member(RosterMember before, String providerId, RosterRow row) {
        LocalDate effective = row.has(RosterField.EFFECTIVE_DATE) ? LocalDate.parse(row.get(RosterField.EFFECTIVE_DATE))
                : before == null ? null : before.effective();
        LocalDate termination = RosterDiff.incomingTermination(row, today)
                .map(LocalDate::parse).orElse(before == null ? null : before.termination());
        String action = row.has(RosterField.ACTION) ? row.get(RosterField.ACTION) : before == null ? null : before.action();
        return new RosterMember(before == null ? Ids.newId(clock) : before.id(), source, providerId, effective,
                termination, action);
    }

    private static boolean sameMembership(RosterMember a, RosterMember b) {
        return java.util.Objects.equals(a.effective(), b.effective())
                && java.util.Objects.equals(a.termination(), b.termination())
                && java.util.Objects.equals(a.action(), b.action());
    }

    /** Ends the pass: the last chunk, then the providers of this source the roster no longer lists. */
    ImportReport finish(String fileName, String sha, String sheet, ColumnMapping mapping) {
        flush();
        progress.update(rows, rows, "rows");
        List<String> missing = new ArrayList<>();
        for (RosterMember m : members.values()) {
            if (m.termination() == null && !rowByProvider.containsKey(m.providerId())) {
                missing.add(npiById.getOrDefault(m.providerId(), m.providerId()));
            }
        }
        missing.sort(null);
        outcomes.sort(java.util.Comparator.comparingInt(RowOutcome::row));
        rejected.sort(java.util.Comparator.comparingInt(RowIssue::row));
        return new ImportReport(fileName, sha, source, sheet, mapping, rows, List.copyOf(outcomes),
                List.copyOf(rejected), List.copyOf(warnings), missing, importId);
    }

    Instant now() {
        return clock.instant();
    }
}
