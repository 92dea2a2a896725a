package org.creddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV benchmark reads every cell of the roster it writes and reports both timings (no speed asserted). */
class CsvBenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryCellAndReportsTheRatioToARawRead() {
        CliRun run = CliRun.of("--db", dir.resolve("c.db").toString(), "bench", "csv", "--rows", "300", "--repeat", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("csvReader").get("count").asLong()).isEqualTo(301L * 22);
        assertThat(json.get("rawLineRead").get("count").asLong()).as("characters read").isPositive();
        assertThat(json.has("csvToRawRatio")).isTrue();
        assertThat(json.get("csvReader").has("cpuSeconds")).isTrue();
    }
}
