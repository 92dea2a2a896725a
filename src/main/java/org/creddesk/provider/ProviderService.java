package org.creddesk.provider;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creddesk.domain.AuditEntry;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.FieldChange;
import org.creddesk.domain.Ids;
import org.creddesk.domain.Problem;
import org.creddesk.domain.Provenance;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.ProviderSummary;
import org.creddesk.domain.ProviderValidator;
import org.creddesk.store.ChangeLog;
import org.creddesk.store.ProviderRepository;
import org.creddesk.store.ProviderSort;

/** The provider file as the window and the CLI use it: validate, save, retire, find, and read its history. */
public final class ProviderService {
    private final ProviderRepository repository;
    private final ChangeLog changeLog;
    private final Clock clock;

    public ProviderService(ProviderRepository repository, ChangeLog changeLog, Clock clock) {
        this.repository = repository;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ProviderFile newProvider() {
        return ProviderFile.of(Provider.blank(Ids.newId(clock)));
    }

    public String newId() {
        return Ids.newId(clock);
    }

    public List<Problem> validate(ProviderFile file) {
        List<Problem> problems = new java.util.ArrayList<>(ProviderValidator.validate(file, today()));
        String npi = file.provider().npi();
        if (npi != null && problems.stream().noneMatch(p -> p.field().equals("npi"))) {
            repository.idByNpi(npi.strip()).filter(id -> !id.equals(file.id())).ifPresent(other ->
                    problems.add(Problem.of("npi", "validation.npi.duplicate", "Another provider has this NPI")));
        }
        return problems;
    }

    /** Saves a valid file; an invalid one is refused with every problem and nothing is written. */
    public SaveOutcome save(ProviderFile file, ChangeContext ctx) {
        List<Problem> problems = validate(file);
        if (!problems.isEmpty()) {
            return new SaveOutcome(false, problems, Optional.empty());
        }
        return new SaveOutcome(true, List.of(), repository.save(file, ctx));
    }

    /** What a save did: whether it was written, why not, and the change-log operation when something changed. */
    public record SaveOutcome(boolean saved, List<Problem> problems, Optional<String> operationId) {
    }

    /** Retiring keeps the whole file and its history; it only leaves the active list. */
    public void retire(String providerId, ChangeContext ctx) {
        setStatus(providerId, ProviderStatus.RETIRED, ctx);
    }

    public void reactivate(String providerId, ChangeContext ctx) {
        setStatus(providerId, ProviderStatus.ACTIVE, ctx);
    }

    private void setStatus(String providerId, ProviderStatus status, ChangeContext ctx) {
        ProviderFile f = load(providerId).orElseThrow(() -> new NotFoundException("No provider " + providerId));
        repository.save(f.withProvider(f.provider().withStatus(status)), ctx);
    }

    public Optional<ProviderFile> load(String providerId) {
        return repository.load(providerId);
    }

    public Optional<ProviderFile> findByNpi(String npi) {
        return repository.loadByNpi(npi);
    }

    public List<ProviderSummary> search(String text, boolean includeRetired, ProviderSort sort, int offset, int limit) {
        return repository.list(text, includeRetired, sort, offset, limit);
    }

    public int count(String text, boolean includeRetired) {
        return repository.count(text, includeRetired);
    }

    public boolean isEmpty() {
        return repository.isEmpty();
    }

    public List<AuditEntry> history(String providerId) {
        return changeLog.forProvider(providerId);
    }

    public List<FieldChange> fieldHistory(String entityId, String field) {
        return changeLog.fieldHistory(entityId, field);
    }

    /** Where each field's value came from, keyed "entityId.field". */
    public Map<String, Provenance> provenance(String providerId) {
        return changeLog.provenance(providerId);
    }
}
