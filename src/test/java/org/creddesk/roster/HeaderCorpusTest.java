package org.creddesk.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.creddesk.app.AppContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real header rows from public roster templates, CAQH and Medicaid layouts and directory files
 * (src/test/resources/roster/header-corpus, sources in SOURCES.md): each file is opened as a roster and the
 * proposal for every one of its columns must be the field a coordinator would choose, or none.
 */
class HeaderCorpusTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    static Path corpus() throws URISyntaxException {
        return Path.of(HeaderCorpusTest.class.getResource("/roster/header-corpus/expected.tsv").toURI()).getParent();
    }

    /** expected.tsv: file, header, field key ("-" for no field), one column per line. */
    static Map<String, Map<String, String>> expected() throws IOException, URISyntaxException {
        Map<String, Map<String, String>> byFile = new LinkedHashMap<>();
        for (String line : Files.readAllLines(corpus().resolve("expected.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split("\t", -1);
            byFile.computeIfAbsent(p[0], k -> new LinkedHashMap<>()).put(p[1], p[2]);
        }
        return byFile;
    }

    static Stream<String> layouts() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void everyColumnOfTheLayoutMapsAsACoordinatorWould(String layout) throws Exception {
        Map<String, String> expected = expected().get(layout);
        assertThat(expected).as("expected.tsv lists " + layout).isNotNull();
        try (AppContext ctx = AppContext.open(dir.resolve("c.db"), CLOCK);
             RosterFile f = ctx.rosterImporter().open(corpus().resolve(layout), null, null)) {
            Map<String, String> actual = new LinkedHashMap<>();
            for (MappingProposal.Column c : f.proposal().columns()) {
                actual.put(c.header(), c.proposed() ? c.field().key() : "-");
            }
            assertThat(actual).as(layout).containsExactlyEntriesOf(expected);
        }
    }

    /** Prints the proposal of every layout in expected.tsv form (run by hand when the corpus grows). */
    public static void main(String[] args) throws Exception {
        Path tmp = Files.createTempDirectory("corpus");
        try (AppContext ctx = AppContext.open(tmp.resolve("c.db"), CLOCK)) {
            List<String> names = new ArrayList<>(layouts().toList());
            for (String layout : names) {
                try (RosterFile f = ctx.rosterImporter().open(corpus().resolve(layout), null, null)) {
                    for (MappingProposal.Column c : f.proposal().columns()) {
                        System.out.println(layout + "\t" + c.header() + "\t" + (c.proposed() ? c.field().key() : "-")
                                + "\t" + Math.round(c.score() * 100) / 100.0 + (c.confident() ? "" : " ?"));
                    }
                } catch (RosterFileException e) {
                    System.out.println(layout + "\tERROR " + e.getMessage());
                }
            }
        }
    }
}
