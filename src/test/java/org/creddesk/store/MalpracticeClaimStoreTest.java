package org.creddesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.creddesk.domain.AuditEntry;
import org.creddesk.domain.ChangeAction;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.ClaimStatus;
import org.creddesk.domain.Ids;
import org.creddesk.domain.MalpracticeClaim;
import org.creddesk.domain.ProviderFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims are a child of the provider file: stored exactly, every change in the change log, removal a tombstone. */
class MalpracticeClaimStoreTest {
    @TempDir
    Path dir;

    @Test
    void aClaimIsStoredExactlyAndEveryChangeIsLogged() {
        Database db = Database.open(dir.resolve("creddesk.db"), Clock.systemUTC());
        ProviderRepository repo = new ProviderRepository(db);
        ChangeLog log = new ChangeLog(db);
        ProviderFile f = ProviderRepositoryTest.müller();
        repo.save(f, ChangeContext.manual("alice", "t"));
        MalpracticeClaim claim = new MalpracticeClaim(Ids.newId(), f.id(), LocalDate.of(2023, 4, 2), ClaimStatus.OPEN,
                new BigDecimal("85000.10"), "Alleged delay in diagnosis", "Coverys", "PL-77");
        repo.save(f.withMalpracticeClaims(List.of(claim)), ChangeContext.manual("bob", "t"));

        MalpracticeClaim loaded = repo.load(f.id()).orElseThrow().malpracticeClaims().get(0);
        assertThat(loaded).isEqualTo(claim);
        assertThat(loaded.amount().toPlainString()).as("money stays exact").isEqualTo("85000.10");
        String stored = db.read(h -> h.createQuery("SELECT amount FROM malpractice_claim").mapTo(String.class).one());
        assertThat(stored).isEqualTo("85000.10");

        MalpracticeClaim settled = new MalpracticeClaim(claim.id(), f.id(), claim.claimDate(), ClaimStatus.CLOSED_PAID,
                new BigDecimal("120000"), claim.description(), claim.carrier(), claim.policyNumber());
        repo.save(f.withMalpracticeClaims(List.of(settled)), ChangeContext.manual("carol", "t"));
        repo.save(f, ChangeContext.manual("dave", "t"));

        assertThat(repo.load(f.id()).orElseThrow().malpracticeClaims()).isEmpty();
        List<AuditEntry> history = log.forProvider(f.id()).stream()
                .filter(e -> e.entity().equals("malpractice_claim")).toList();
        assertThat(history).extracting(AuditEntry::action)
                .containsExactly(ChangeAction.CREATE, ChangeAction.UPDATE, ChangeAction.DELETE);
        assertThat(history.get(0).actor()).isEqualTo("bob");
        assertThat(history.get(1).actor()).isEqualTo("carol");
        assertThat(history.get(1).changes()).extracting(c -> c.field() + ": " + c.oldValue() + " -> " + c.newValue())
                .containsExactlyInAnyOrder("status: OPEN -> CLOSED_PAID", "amount: 85000.10 -> 120000");
        boolean tombstone = db.read(h -> h.createQuery("SELECT deleted_at IS NOT NULL FROM malpractice_claim")
                .mapTo(Boolean.class).one());
        assertThat(tombstone).as("a removed claim is a tombstone").isTrue();
    }
}
