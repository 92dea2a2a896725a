package org.creddesk.roster;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creddesk.domain.Progress;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.store.ProviderRepository;
import org.creddesk.store.RosterRepository;

/**
 * Writes rosters through export templates: the full roster of active providers, or a payer's Adds / Updates /
 * Terms since the last export to that payer (from the change log; the new mark is recorded after writing).
 * Providers are loaded 500 at a time and rows streamed, so memory stays flat.
 */
public final class RosterExporter {
    private static final int CHUNK = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RosterRepository rosters;
    private final ProviderRepository providers;
    private final NetworkDates networkDates;
    private final Clock clock;

    public RosterExporter(RosterRepository rosters, ProviderRepository providers, NetworkDates networkDates,
                          Clock clock) {
        this.rosters = rosters;
        this.providers = providers;
        this.networkDates = networkDates;
        this.clock = clock;
    }

    /** What the rows of one export say beyond the provider file: the action, the payer, termination dates. */
    private record RowContext(String action, String payer, Map<String, LocalDate> terminations) {
    }

    /** How many rows went to each part of the file. */
    public record ExportResult(Path file, String template, int rows, int adds, int updates, int terms) {
    }

    /** Full roster of every active provider. */
    public ExportResult exportAll(Path file, ExportTemplate template, Progress progress) {
        return exportProviders(file, template, providers.activeIds(), progress);
    }

    public ExportResult exportProviders(Path file, ExportTemplate template, List<String> ids, Progress progress) {
        return exportProviders(file, template, ids, null, progress);
    }

    /** The given providers; with a {@code payer}, effective dates are those of its network (enrollments). */
    public ExportResult exportProviders(Path file, ExportTemplate template, List<String> ids, String payer,
                                        Progress progress) {
        try (RosterTableWriter out = RosterTableWriter.forFile(file)) {
            out.startSheet(sheetName(template), headers(template));
            int rows = writeRows(out, template, ids, new RowContext("UPDATE", payer, Map.of()), progress, 0);
            return new ExportResult(file, template.name(), rows, 0, 0, 0);
        } catch (IOException e) {
            throw new RosterFileException("Cannot write " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** Changes since the last export to {@code payer}, as Adds, Updates and Terms; then moves the payer's mark. */
    public ExportResult exportChangesSince(Path file, ExportTemplate template, String payer, Progress progress) {
        long from = rosters.exportMark(payer).orElse(0L);
        long upTo = rosters.lastChangeSeq();
        Set<String> adds = new LinkedHashSet<>();
        Set<String> terms = new LinkedHashSet<>();
        Set<String> updates = new LinkedHashSet<>();
        Map<String, LocalDate> terminations = new java.util.HashMap<>();
        for (RosterRepository.ProviderChange c : rosters.providerChangesAfter(from, upTo)) {
            LocalDate terminated = c.created() ? null : terminationDate(c);
            if (c.created()) {
                adds.add(c.providerId());
            } else if (terminated != null) {
                terms.add(c.providerId());
                terminations.put(c.providerId(), terminated);
            } else if (!"roster_member".equals(c.entity())) {
                // a source starting to list a provider is bookkeeping, not a change the payer needs
                updates.add(c.providerId());
            }
        }
        terms.removeAll(adds);
        updates.removeAll(adds);
        updates.removeAll(terms);
        boolean csv = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
        try (RosterTableWriter out = RosterTableWriter.forFile(file)) {
            int rows = 0;
            for (var part : List.of(Map.entry("adds", adds), Map.entry("updates", updates), Map.entry("terms", terms))) {
                if (!csv || rows == 0) {
                    out.startSheet(template.sheet(part.getKey()), headers(template));
                }
                String action = switch (part.getKey()) {
                    case "adds" -> "ADD";
                    case "terms" -> "TERM";
                    default -> "UPDATE";
                };
                rows += writeRows(out, template, new ArrayList<>(part.getValue()),
                        new RowContext(action, payer, terminations), progress, rows);
            }
            out.close();
            rosters.saveExportMark(payer, upTo, file.getFileName().toString());
            return new ExportResult(file, template.name(), rows, adds.size(), updates.size(), terms.size());
        } catch (IOException e) {
            throw new RosterFileException("Cannot write " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The date a change terminates a provider: the termination date a roster gave, or the day the provider was
     * retired; null when the change is no termination.
     */
    private LocalDate terminationDate(RosterRepository.ProviderChange c) {
        try {
            Map<String, List<String>> changes = JSON.readValue(c.changes(), new TypeReference<>() {
            });
            if (c.isProvider()) {
                List<String> status = changes.get("status");
                boolean retired = status != null && ProviderStatus.RETIRED.name().equals(status.get(1));
                return retired ? LocalDate.ofInstant(c.at(), clock.getZone()) : null;
            }
            List<String> termination = changes.get("termination");
            return termination == null || termination.get(1) == null ? null : LocalDate.parse(termination.get(1));
        } catch (IOException | java.time.DateTimeException e) {
            return null;
        }
    }

    private int writeRows(RosterTableWriter out, ExportTemplate template, List<String> ids, RowContext row,
                          Progress progress, int doneBefore) throws IOException {
        ProviderMapper mapper = new ProviderMapper(clock);
        RosterRow none = new RosterRow(0, Map.of());
        int rows = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            progress.checkCancelled();
            Map<String, ProviderFile> files = providers.loadAll(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
            for (ProviderFile f : files.values()) {
                List<String> values = new ArrayList<>();
                for (ExportTemplate.Column c : template.columns()) {
                    java.util.Optional<ContractColumn> contract = ContractColumn.forKey(c.field());
                    if (contract.isPresent()) {
                        values.add(template.formatDate(row.payer() == null ? null : networkDates
                                .contract(f.id(), row.payer()).map(d -> contract.get().of(d)).orElse(null)));
                        continue;
                    }
                    RosterField field = RosterField.forKey(c.field()).orElseThrow();
                    values.add(template.format(field, value(mapper, f, none, field, row)));
                }
                out.row(values);
                rows++;
            }
            progress.update(doneBefore + rows, 0, "rows");
        }
        return rows;
    }

    private String value(ProviderMapper mapper, ProviderFile f, RosterRow none, RosterField field, RowContext row) {
        return switch (field) {
            case ACTION -> row.action();
            case TERMINATION_DATE -> "TERM".equals(row.action())
                    ? row.terminations().getOrDefault(f.id(), LocalDate.now(clock)).toString() : null;
            case EFFECTIVE_DATE -> row.payer() == null ? null
                    : networkDates.effective(f.id(), row.payer()).map(LocalDate::toString).orElse(null);
            default -> mapper.current(f, none, field);
        };
    }

    private static String sheetName(ExportTemplate t) {
        return t.sheetName() == null || t.sheetName().isBlank() ? "Roster" : t.sheetName();
    }

    private static List<String> headers(ExportTemplate t) {
        return t.columns().stream().map(ExportTemplate.Column::header).toList();
    }
}
