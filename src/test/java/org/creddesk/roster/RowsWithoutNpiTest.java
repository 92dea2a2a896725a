package org.creddesk.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.creddesk.app.AppContext;
import org.creddesk.domain.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15 item 2: a row without an NPI never becomes a provider without one; a rejected row says whose it was. */
class RowsWithoutNpiTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);
    static final String HEADER = "NPI,Last Name,First Name,Date of Birth,Degree\n";

    @TempDir
    Path dir;
    AppContext ctx;

    @BeforeEach
    void open() throws Exception {
        ctx = AppContext.open(dir.resolve("creddesk.db"), CLOCK);
        apply(csv("first.csv", HEADER + "1234567893,Müller,Anna,1980-04-02,MD\n"));
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void aNewRowWithoutNpiIsRejectedWithItsOwnNameAndNothingIsCreated() throws Exception {
        ImportReport r = apply(csv("second.csv", HEADER
                + ",Ortega,Luis,1975-01-01,MD\n"
                + ",Müller,Anna,1980-04-02,DO\n"
                + "1234567890,Bad,Digit,1970-01-01,MD\n"));

        assertThat(r.npis(RowStatus.NEW)).isEmpty();
        assertThat(r.rejected()).extracting(RowIssue::row).containsExactly(2, 4);
        assertThat(r.rejected().get(0).message()).startsWith("No NPI");
        RowOutcome noNpi = r.outcomes().stream().filter(o -> o.row() == 2).findFirst().orElseThrow();
        assertThat(noNpi.status()).isEqualTo(RowStatus.REJECTED);
        assertThat(noNpi.name()).isEqualTo("Ortega, Luis");
        RowOutcome badDigit = r.outcomes().stream().filter(o -> o.row() == 4).findFirst().orElseThrow();
        assertThat(badDigit.npi()).as("the row's own cell, although it is not a valid NPI").isEqualTo("1234567890");
        assertThat(badDigit.name()).isEqualTo("Bad, Digit");

        RowOutcome matched = r.outcomes().stream().filter(o -> o.row() == 3).findFirst().orElseThrow();
        assertThat(matched.status()).as("a row without an NPI still updates the provider it matches by name and birth")
                .isEqualTo(RowStatus.CHANGED);
        assertThat(ctx.providers().findByNpi("1234567893").orElseThrow().provider().degree()).isEqualTo("DO");
        assertThat(ctx.providers().search("Ortega", true, org.creddesk.store.ProviderSort.NAME, 0, 10)).isEmpty();
    }

    private ImportReport apply(Path file) {
        try (RosterFile f = ctx.rosterImporter().open(file, null, null)) {
            return ctx.rosterImporter().apply(f, Resolutions.KEEP_ALL, Progress.NONE);
        }
    }

    private Path csv(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
