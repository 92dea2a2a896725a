package org.creddesk.cli;

import picocli.CommandLine.Command;

/** {@code creddesk bench ...}: speed and memory figures as JSON; never part of the test suite. */
@Command(name = "bench", description = "Benchmarks that print their figures as JSON.",
        subcommands = {StoreBenchCommand.class, RosterBenchCommand.class, ScreenBenchCommand.class,
                PacketBenchCommand.class, DeadlineBenchCommand.class, CsvBenchCommand.class,
                SyncBenchCommand.class, PipelineBenchCommand.class, AdequacyBenchCommand.class})
public final class BenchCommand {
    @picocli.CommandLine.ParentCommand
    CredDeskCommand root;
}
