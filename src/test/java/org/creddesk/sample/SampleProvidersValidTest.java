package org.creddesk.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.creddesk.app.AppContext;
import org.creddesk.domain.Problem;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.Progress;
import org.creddesk.domain.ProviderSummary;
import org.creddesk.store.ProviderSort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bundled sample provider opens in the workspace with nothing to fix: it passes the same validation as a save. */
class SampleProvidersValidTest {
    @TempDir
    Path dir;

    @Test
    void everySampleProviderPassesValidation() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);
        try (AppContext app = AppContext.open(dir.resolve("creddesk.db"), clock)) {
            app.sampleData().load(Progress.NONE);
            List<String> ids = app.providers().search("", true, ProviderSort.NAME, 0, 1000).stream()
                    .map(ProviderSummary::id).toList();
            List<ProviderFile> all = List.copyOf(app.providerRepository().loadAll(ids).values());
            assertThat(all).hasSize(160);
            for (ProviderFile f : all) {
                List<Problem> problems = app.providers().validate(f);
                assertThat(problems).as("problems of sample provider NPI %s", f.provider().npi()).isEmpty();
            }
        }
    }
}
