package org.creddesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.creddesk.domain.AuditEntry;
import org.creddesk.domain.ChangeAction;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Ids;
import org.creddesk.domain.License;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderRepositoryTest {
    @TempDir
    Path dir;
    Database db;
    ProviderRepository repo;
    ChangeLog log;
    final ChangeContext manual = ChangeContext.manual("alice", "test");

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("creddesk.db"), Clock.systemUTC());
        repo = new ProviderRepository(db);
        log = new ChangeLog(db);
    }

    static ProviderFile müller() {
        String id = Ids.newId();
        Provider p = new Provider(id, "Anna", "Maria", "Müller", null, "MD", LocalDate.of(1980, 2, 29), "F", "German",
                null, null, "1234567893", "12345678", null, null, null, null, null, null, null, ProviderStatus.ACTIVE);
        return ProviderFile.of(p).withLicenses(List.of(
                new License(Ids.newId(), id, "MA", "MD", "003806", LocalDate.of(2024, 1, 1), LocalDate.of(2027, 1, 31), "Active")));
    }

    @Test
    void everyListOrderPagesThroughLiveProvidersWithTheirSummary() {
        java.util.List<ProviderFile> files = new java.util.ArrayList<>();
        String[] last = {"Quill", "quill", "Adams", "Zed", "Mora", "Adams"};
        for (int i = 0; i < 18; i++) {
            String id = Ids.newId();
            String npi = i % 5 == 4 ? null : org.creddesk.sample.SyntheticProviders.npi(i);
            ProviderStatus status = i == 7 ? ProviderStatus.RETIRED : ProviderStatus.ACTIVE;
            files.add(ProviderFile.of(new Provider(id, "F" + (char) ('a' + i % 4), null, last[i % last.length], null,
                    "MD", null, null, null, null, null, npi, null, null, null, null, null, null, null, null, status))
                    .withLicenses(List.of(new License(Ids.newId(), id, "MA", "MD", "L" + i, null,
                            LocalDate.of(2027, 1, 1).plusDays(i), "Active"))));
        }
        repo.saveAll(files, manual);
        java.util.Map<ProviderSort, java.util.Comparator<ProviderFile>> expected = new java.util.EnumMap<>(ProviderSort.class);
        java.util.Comparator<ProviderFile> byName = java.util.Comparator
                .comparing((ProviderFile f) -> f.provider().lastName(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(f -> f.provider().firstName(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(ProviderFile::id);
        java.util.Comparator<ProviderFile> byNpi = java.util.Comparator
                .comparing((ProviderFile f) -> f.provider().npi(), java.util.Comparator.nullsFirst(
                        java.util.Comparator.naturalOrder())).thenComparing(ProviderFile::id);
        expected.put(ProviderSort.NAME, byName);
        expected.put(ProviderSort.NAME_DESC, byName.reversed());
        expected.put(ProviderSort.NPI, byNpi);
        expected.put(ProviderSort.NPI_DESC, byNpi.reversed());
        for (ProviderSort sort : expected.keySet()) { // the other columns' orders: ProviderListSortTest
            List<String> want = files.stream().filter(f -> f.provider().status() == ProviderStatus.ACTIVE)
                    .sorted(expected.get(sort)).map(ProviderFile::id).toList();
            List<String> paged = new java.util.ArrayList<>();
            for (int offset = 0; offset < want.size(); offset += 5) {
                repo.list("", false, sort, offset, 5).forEach(s -> paged.add(s.id()));
            }
            assertThat(paged).as(sort.name()).isEqualTo(want);
        }
        ProviderFile fifth = files.get(5);
        assertThat(repo.list("", false, ProviderSort.NAME, 0, 100)).filteredOn(s -> s.id().equals(fifth.id()))
                .singleElement().satisfies(s -> assertThat(s.nextExpiry()).isEqualTo(LocalDate.of(2027, 1, 6)));
        assertThat(repo.list("", true, ProviderSort.NPI, 0, 100)).hasSize(18);
    }

    @Test
    void savesLoadsAndLogsEveryField() {
        ProviderFile f = müller();
        repo.save(f, manual);
        ProviderFile loaded = repo.load(f.id()).orElseThrow();
        assertThat(loaded).isEqualTo(f);
        List<AuditEntry> history = log.forProvider(f.id());
        assertThat(history).extracting(AuditEntry::entity).containsExactly("provider", "license");
        assertThat(history.get(1).changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("number");
            assertThat(c.newValue()).isEqualTo("003806");
        });
    }

    @Test
    void updateWritesOnlyChangedFieldsAndDeleteIsATombstone() {
        ProviderFile f = müller();
        repo.save(f, manual);
        License old = f.licenses().get(0);
        License renewed = new License(old.id(), old.providerId(), old.state(), old.type(), old.number(), old.issued(),
                LocalDate.of(2029, 1, 31), old.status());
        repo.save(f.withLicenses(List.of(renewed)), manual.withSource("roster:x.xlsx"));
        AuditEntry last = log.forProvider(f.id()).get(2);
        assertThat(last.action()).isEqualTo(ChangeAction.UPDATE);
        assertThat(last.source()).isEqualTo("roster:x.xlsx");
        assertThat(last.changes()).singleElement().satisfies(c -> {
            assertThat(c.oldValue()).isEqualTo("2027-01-31");
            assertThat(c.newValue()).isEqualTo("2029-01-31");
        });
        assertThat(repo.save(f.withLicenses(List.of(renewed)), manual)).isEmpty();
        repo.save(f.withLicenses(List.of()), manual);
        assertThat(repo.load(f.id()).orElseThrow().licenses()).isEmpty();
        assertThat(log.forProvider(f.id())).last().extracting(AuditEntry::action).isEqualTo(ChangeAction.DELETE);
        assertThat(log.provenance(f.id()).get(old.id() + ".expires").value()).isNull();
    }

    @Test
    void searchFindsByNamePrefixDiacriticsNpiAndLicense() {
        ProviderFile f = müller();
        repo.save(f, manual);
        for (String q : List.of("mül", "Muller", "123456", "003806", "anna mül", "12345678")) {
            assertThat(repo.list(q, false, ProviderSort.NAME, 0, 50)).as(q).extracting(s -> s.id()).containsExactly(f.id());
        }
        assertThat(repo.count("zzz", false)).isZero();
        assertThat(repo.list(null, false, ProviderSort.NAME, 0, 50).get(0).nextExpiry()).isEqualTo(LocalDate.of(2027, 1, 31));
    }

    @Test
    void failedTransactionLeavesNothing() {
        ProviderFile f = müller();
        ProviderFile twin = müller(); // same NPI: violates the unique index
        assertThatThrownBy(() -> repo.saveAll(List.of(f, twin), manual)).isInstanceOf(RuntimeException.class);
        assertThat(repo.isEmpty()).isTrue();
        assertThat(log.after(0, 100)).isEmpty();
    }

    @Test
    void changeLogIsAppendOnly() {
        repo.save(müller(), manual);
        assertThatThrownBy(() -> db.write(h -> h.execute("DELETE FROM change_log"))).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.write(h -> h.execute("UPDATE change_log SET actor = 'x'"))).hasMessageContaining("append-only");
    }

    @Test
    void aNewFileIsOneLogRowThatStillReadsAsOneEntryPerEntityWithFieldProvenance() {
        ProviderFile f = müller();
        License lic = f.licenses().get(0);
        repo.save(f, manual);
        int rows = db.read(h -> h.createQuery("SELECT COUNT(*) FROM change_log WHERE provider_id = ?").bind(0, f.id())
                .mapTo(Integer.class).one());
        assertThat(rows).isEqualTo(1);
        assertThat(log.forEntity(lic.id())).singleElement().satisfies(e -> {
            assertThat(e.entity()).isEqualTo("license");
            assertThat(e.action()).isEqualTo(ChangeAction.CREATE);
            assertThat(e.providerId()).isEqualTo(f.id());
        });
        assertThat(log.forEntity(f.id())).singleElement().satisfies(e -> assertThat(e.entity()).isEqualTo("provider"));
        assertThat(log.provenance(f.id()).get(lic.id() + ".number").value()).isEqualTo("003806");
        assertThat(log.provenance(f.id()).get(f.id() + ".lastName").value()).isEqualTo("Müller");

        repo.save(f.withLicenses(List.of(new License(lic.id(), f.id(), "MA", "MD", "003806-A", lic.issued(),
                lic.expires(), "Active"))), ChangeContext.manual("bob", "test"));
        assertThat(log.fieldHistory(lic.id(), "number")).extracting(c -> c.newValue())
                .containsExactly("003806-A", "003806");
        assertThat(log.provenance(f.id()).get(lic.id() + ".number").actor()).isEqualTo("bob");
        assertThat(log.forOperation(log.forEntity(lic.id()).get(0).operationId()))
                .extracting(AuditEntry::entity).containsExactly("provider", "license");
    }
}
