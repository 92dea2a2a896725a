package org.creddesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Runs the CLI in-process, as a script would, capturing stdout, stderr and the exit code. */
public record CliRun(int exitCode, String out, String err) {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    public static CliRun of(String... args) {
        return with(CLOCK, args);
    }

    public static CliRun with(Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CredDeskCli(new PrintWriter(out), new PrintWriter(err), clock).execute(args, (db, c) -> {
            throw new IllegalStateException("no window in tests");
        });
        return new CliRun(code, out.toString(), err.toString());
    }

    public JsonNode json() {
        try {
            return Json.mapper().readTree(out);
        } catch (Exception e) {
            throw new AssertionError("stdout is not JSON: " + out + "\nstderr: " + err, e);
        }
    }
}
