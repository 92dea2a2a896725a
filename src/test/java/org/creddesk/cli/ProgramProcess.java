package org.creddesk.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The program in a JVM of its own, as a person starts it: its real stderr (library log lines included) and its
 * own heap limit, which an in-process run cannot show.
 */
public record ProgramProcess(int exit, String output) {
    public static ProgramProcess run(Path workDir, String maxHeap, String... args) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", File.separatorChar == '\\' ? "java.exe" : "java")
                        .toString(),
                "-Xmx" + maxHeap, "-Djava.awt.headless=true", "-Duser.home=" + workDir,
                "-cp", System.getProperty("java.class.path"), "org.creddesk.Main"));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(workDir, "program-", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = p.waitFor();
        return new ProgramProcess(exit, Files.readString(log, StandardCharsets.UTF_8));
    }
}
