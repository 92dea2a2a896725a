package org.creddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.creddesk.app.AppContext;
import org.creddesk.files.InputFileException;
import org.creddesk.provider.DocumentService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16, item 11: every command that reads a file a person names refuses a device, an endless stream, a folder
 * and a missing file with one sentence and exit 2, before it reads or hashes a byte (so it never hangs).
 */
class InputFilesCliTest {
    static final String NPI = PacketCommandTest.NGUYEN;
    @TempDir
    static Path shared;
    static Path db;
    static Path form;
    static Path map;
    static Path roster;

    @BeforeAll
    static void sample() throws Exception {
        db = shared.resolve("creddesk.db");
        try (AppContext ctx = AppContext.open(db, PacketCommandTest.CLOCK)) {
            ctx.sampleData().load(null);
        }
        form = shared.resolve("form.pdf");
        try (InputStream in = InputFilesCliTest.class.getResourceAsStream("/packet/irs_fw9_rev2011-01_acroform_only.pdf")) {
            Files.copy(in, form);
        }
        map = Files.writeString(shared.resolve("map.json"), "{\"topmostSubform[0].Page1[0].f1_1[0]\": \"{lastName}\"}");
        roster = Files.writeString(shared.resolve("roster.csv"), "NPI,Last Name,First Name\r\n" + NPI + ",Nguyen,Tariq\r\n");
        Files.createDirectories(shared.resolve("a-folder"));
    }

    /** Each way a command takes an input file, with {@code BAD} where the bad file goes. */
    static Stream<List<String>> commands() {
        return Stream.of(
                List.of("roster", "import", "BAD", "--dry-run"),
                List.of("roster", "import", "ROSTER", "--mapping", "BAD", "--dry-run"),
                List.of("roster", "export", "OUT.xlsx", "--template", "BAD"),
                List.of("screen", "--leie", "BAD"),
                List.of("screen", "--sam", "BAD"),
                List.of("packet", "fields", "BAD"),
                List.of("packet", NPI, "--form", "BAD", "--map", "MAP", "--out", "OUT.pdf"),
                List.of("packet", NPI, "--form", "FORM", "--map", "BAD", "--out", "OUT.pdf"),
                List.of("packet", "template", "import", "BAD"));
    }

    static Stream<Arguments> badFiles() {
        List<Arguments> all = new ArrayList<>();
        commands().forEach(c -> {
            all.add(Arguments.of(c, "/dev/zero", "is not a regular file"));
            all.add(Arguments.of(c, "/dev/urandom", "is not a regular file"));
        });
        all.add(Arguments.of(List.of("roster", "import", "BAD"), "A-FOLDER", "is a folder, not a file"));
        all.add(Arguments.of(List.of("packet", "fields", "BAD"), "A-FOLDER", "is a folder, not a file"));
        all.add(Arguments.of(List.of("screen", "--leie", "BAD"), "A-FOLDER", "is a folder, not a file"));
        all.add(Arguments.of(List.of("roster", "import", "BAD"), "MISSING", "not found"));
        all.add(Arguments.of(List.of("packet", "fields", "BAD"), "MISSING", "not found"));
        all.add(Arguments.of(List.of("packet", "template", "import", "BAD"), "MISSING", "not found"));
        return all.stream();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("badFiles")
    void isRefusedWithOneSentenceAndExitTwo(List<String> command, String bad, String says) {
        String badPath = switch (bad) {
            case "A-FOLDER" -> shared.resolve("a-folder").toString();
            case "MISSING" -> shared.resolve("missing.file").toString();
            default -> bad;
        };
        List<String> args = new ArrayList<>(List.of("--db", db.toString()));
        for (String a : command) {
            args.add(switch (a) {
                case "BAD" -> badPath;
                case "ROSTER" -> roster.toString();
                case "MAP" -> map.toString();
                case "FORM" -> form.toString();
                case "OUT.xlsx" -> shared.resolve("out.xlsx").toString();
                case "OUT.pdf" -> shared.resolve("out.pdf").toString();
                default -> a;
            });
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CredDeskCli(new PrintWriter(out), new PrintWriter(err), PacketCommandTest.CLOCK)
                .execute(args.toArray(String[]::new), (f, c) -> { });
        assertThat(code).as(err.toString()).isEqualTo(2);
        assertThat(err.toString().strip()).contains(badPath + " " + says).doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(shared.resolve("out.pdf")).doesNotExist();
    }

    @Test
    void aDocumentAttachedInTheWindowIsCheckedTheSameWay() {
        try (AppContext ctx = AppContext.open(db, PacketCommandTest.CLOCK)) {
            String id = ctx.providerRepository().idByNpi(NPI).orElseThrow();
            assertThatThrownBy(() -> ctx.documents().attach(id, new DocumentService.Attachment(Path.of("/dev/zero"),
                    null, "License", null, null), ctx.manualChange()))
                    .isInstanceOf(InputFileException.class).hasMessageContaining("/dev/zero is not a regular file");
        }
    }

    @Test
    void aDeviceGivenAsTheDatabaseIsRefused() {
        CliRun run = CliRun.of("--db", "/dev/zero", "providers", "list");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("/dev/zero is not a regular file (a device, pipe or socket): give a "
                + "database file");
    }
}
