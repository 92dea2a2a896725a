package org.creddesk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * CredDesk run as a separate program, the way a person or a script starts it: a new JVM on the test class path
 * running {@link Main} with the given arguments, its data folder ($CREDDESK_HOME, which holds the log file) in
 * {@code home}. Output goes to files so a chatty process never blocks on a full pipe.
 */
public final class AppProcess {
    private final Process process;
    private final Path out;
    private final Path err;

    private AppProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code creddesk ARGS} now; {@code name} tells its output files apart. */
    public static AppProcess start(Path home, String name, String... args) throws IOException {
        Files.createDirectories(home);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = home.resolve(name + ".out");
        Path err = home.resolve(name + ".err");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("CREDDESK_HOME", home.toString());
        return new AppProcess(pb.start(), out, err);
    }

    /** Waits for the program to end (a generous bound, so a hang fails the test instead of the build). */
    public int exitCode() throws InterruptedException {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("creddesk did not end within 5 minutes");
        }
        return process.exitValue();
    }

    public Process process() {
        return process;
    }

    public String out() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    public String err() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }

    public String describe() throws IOException {
        return "stdout: " + out() + "\nstderr: " + err();
    }
}
