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
    private final Clock clock;

    public RosterExporter(RosterRepository rosters, ProviderRepository providers, Clock clock) {
        this.rosters = rosters;
        this.providers = providers;
        this.clock = clock;
    }

    /** How many rows went to each part of the file. */
    public record ExportResult(Path file, String template, int rows, int adds, int updates, int terms) {
    }

    /** Full roster of every active provider. */
    public ExportResult exportAll(Path file, ExportTemplate template, Progress progress) {
        return exportProviders(file, template, providers.activeIds(), progress);
    }

    public ExportResult exportProviders(Path file, ExportTemplate template, List<String> ids, Progress progress) {
        try (RosterTableWriter out = RosterTableWriter.forFile(file)) {
            out.startSheet(sheetName(template), headers(template));
            int rows = writeRows(out, template, ids, "UPDATE", progress, 0);
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
        for (RosterRepository.ProviderChange c : rosters.providerChangesAfter(from, upTo)) {
            if (c.created()) {
                adds.add(c.providerId());
            } else if (isTermination(c)) {
                terms.add(c.providerId());
            } else {
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
                rows += writeRows(out, template, new ArrayList<>(part.getValue()), action, progress, rows);
            }
            out.close();
            rosters.saveExportMark(payer, upTo, file.getFileName().toString());
            return new ExportResult(file, template.name(), rows, adds.size(), updates.size(), terms.size());
        } catch (IOException e) {
            throw new RosterFileException("Cannot write " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static boolean isTermination(RosterRepository.ProviderChange c) {
        try {
            Map<String, List<String>> changes = JSON.readValue(c.changes(), new TypeReference<>() {
            });
            if (c.provider()) {
                List<String> status = changes.get("status");
                return status != null && ProviderStatus.RETIRED.name().equals(status.get(1));
            }
            List<String> termination = changes.get("termination");
            return termination != null && termination.get(1) != null;
        } catch (IOException e) {
            return false;
        }
    }

    private int writeRows(RosterTableWriter out, ExportTemplate template, List<String> ids, String action,
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
                    RosterField field = RosterField.forKey(c.field()).orElseThrow();
                    values.add(template.format(field, value(mapper, f, none, field, action)));
                }
                out.row(values);
                rows++;
            }
            progress.update(doneBefore + rows, 0, "rows");
        }
        return rows;
    }

    private String value(ProviderMapper mapper, ProviderFile f, RosterRow none, RosterField field, String action) {
        return switch (field) {
            case ACTION -> action;
            case TERMINATION_DATE -> "TERM".equals(action) ? LocalDate.now(clock).toString() : null;
            case EFFECTIVE_DATE -> null;
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
