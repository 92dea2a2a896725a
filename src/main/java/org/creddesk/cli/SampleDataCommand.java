package org.creddesk.cli;

import org.creddesk.app.AppContext;
import org.creddesk.sample.SampleDataLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code creddesk sample-data}: loads the bundled fictitious providers; running it twice adds nothing. */
@Command(name = "sample-data", description = "Load the bundled sample providers (idempotent).")
public final class SampleDataCommand implements Runnable {
    @ParentCommand
    CredDeskCommand root;
    @Option(names = "--json")
    boolean json;

    @Override
    public void run() {
        AppContext.SampleLoad loaded = root.context().loadSample(null);
        SampleDataLoader.Result r = loaded.providers();
        int enrollments = loaded.enrollments();
        root.out().println(Json.write(ProviderJson.of("added", r.added(), "skipped", r.skipped(),
                "documents", r.documents(), "enrollments", enrollments)));
        root.err().println("Sample data: " + r.added() + " providers added, " + r.skipped() + " already present, "
                + enrollments + " enrollments added");
    }
}
