package org.creddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code packet batch --enrolled-with PAYER}: a packet for every active provider of a payer's enrollment list. */
class PacketBatchByPayerTest {
    @TempDir
    Path dir;

    @Test
    void makesPacketsForExactlyThePayersActiveEnrolledProviders() throws Exception {
        String db = dir.resolve("c.db").toString();
        CliRun.of("--db", db, "sample-data");
        JsonNode list = CliRun.of("--db", db, "providers", "list", "--json").json();
        String first = list.get(3).get("npi").asText();
        String second = list.get(9).get("npi").asText();
        String retired = list.get(12).get("npi").asText();
        assertThat(CliRun.of("--db", db, "enrollments", "add-payer", "Lone Star Health Plan", "--typical-days", "60",
                "--follow-up-days", "14").exitCode()).isZero();
        for (String npi : new String[] {first, second, retired}) {
            CliRun added = CliRun.of("--db", db, "enrollments", "add", npi, "--payer", "Lone Star Health Plan",
                    "--state", "TX", "--status", "gathering");
            assertThat(added.exitCode()).as(added.err()).isZero();
        }
        // A provider who left needs no application packet, even with an enrollment on file.
        try (AppContext app = AppContext.open(Path.of(db), Clock.systemUTC())) {
            ProviderFile f = app.providerRepository().loadByNpi(retired).orElseThrow();
            app.providerRepository().save(f.withProvider(f.provider().withStatus(ProviderStatus.RETIRED)),
                    app.manualChange());
        }
        Path out = Files.createDirectories(dir.resolve("out"));
        CliRun batch = CliRun.of("--db", db, "packet", "batch", "--enrolled-with", "lone star health plan",
                "--out-dir", out.toString(), "--reason", "batch test");
        assertThat(batch.exitCode()).as(batch.err()).isZero();
        assertThat(batch.json().findValuesAsText("npi")).containsExactlyInAnyOrder(first, second);
        assertThat(out.resolve(first + ".pdf")).exists();
        assertThat(out.resolve(second + ".pdf")).exists();
        assertThat(out.resolve(retired + ".pdf")).doesNotExist();

        assertThat(CliRun.of("--db", db, "packet", "batch", "--enrolled-with", "Nobody Health", "--out-dir",
                out.toString()).exitCode()).isEqualTo(3);
    }
}
