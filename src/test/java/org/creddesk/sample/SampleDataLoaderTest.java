package org.creddesk.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.DeaNumber;
import org.creddesk.domain.Npi;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.RegistrationKind;
import org.creddesk.store.BlobStore;
import org.creddesk.store.Database;
import org.creddesk.store.ProviderRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataLoaderTest {
    @TempDir
    Path dir;

    @Test
    void loadsAUsefulSampleRelativeToTheDayItIsLoaded() {
        LocalDate day = LocalDate.of(2027, 3, 1);
        Clock clock = Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), ZoneOffset.UTC);
        Database db = Database.open(dir.resolve("s.db"), clock);
        ProviderRepository repo = new ProviderRepository(db);
        SampleDataLoader loader = new SampleDataLoader(repo, new BlobStore(dir), clock,
                ChangeContext.manual("test", "test").withSource("sample"));
        SampleDataLoader.Result result = loader.load(null);
        assertThat(result.added()).isGreaterThanOrEqualTo(150);
        assertThat(result.documents()).isPositive();
        assertThat(loader.load(null).added()).isZero();

        List<ProviderFile> files = List.copyOf(repo.loadAll(repo.activeIds()).values());
        assertThat(files).allSatisfy(f -> assertThat(Npi.isValid(f.provider().npi())).isTrue());
        assertThat(files.stream().flatMap(f -> f.registrations().stream()).filter(r -> r.kind() == RegistrationKind.DEA))
                .isNotEmpty().allSatisfy(r -> assertThat(DeaNumber.isValid(r.number())).as(r.number()).isTrue());
        assertThat(files.stream().map(f -> f.provider().lastName())).contains("Müller", "Nguyễn", "O'Brien");
        assertThat(files.stream().map(f -> f.locations().get(0).state()).distinct().count()).isGreaterThanOrEqualTo(5);
        assertThat(files.stream().map(f -> f.taxonomies().get(0).code()).distinct().count()).isGreaterThanOrEqualTo(8);
        assertThat(files.stream().flatMap(f -> f.malpracticeClaims().stream()))
                .as("no invented adverse data on NPIs that pass the check digit (DOMAIN.md)").isEmpty();
        assertThat(org.creddesk.domain.ProviderValidator.validate(files.get(0), day)).isEmpty();

        List<LocalDate> expiries = files.stream().flatMap(f -> Stream.of(
                f.licenses().stream().map(l -> l.expires()),
                f.registrations().stream().map(r -> r.expires()),
                f.boardCertifications().stream().map(b -> b.expires()),
                f.malpracticePolicies().stream().map(m -> m.expires())).flatMap(s -> s)).toList();
        assertThat(expiries).anyMatch(d -> d.isBefore(day));
        assertThat(expiries).anyMatch(d -> !d.isBefore(day) && !d.isAfter(day.plusDays(30)));
        assertThat(expiries).anyMatch(d -> d.isAfter(day.plusDays(30)) && !d.isAfter(day.plusDays(60)));
        assertThat(expiries).anyMatch(d -> d.isAfter(day.plusDays(60)) && !d.isAfter(day.plusDays(90)));
        long later = expiries.stream().filter(d -> d.isAfter(day.plusDays(90))).count();
        assertThat(later).isGreaterThan(expiries.size() / 2);

        ProviderFile withDocs = files.stream().filter(f -> !f.documents().isEmpty()).findFirst().orElseThrow();
        assertThat(withDocs.documents()).allSatisfy(d -> {
            assertThat(new BlobStore(dir).exists(d.sha256())).isTrue();
            assertThat(d.credentialId()).isNotNull();
        });
    }
}
