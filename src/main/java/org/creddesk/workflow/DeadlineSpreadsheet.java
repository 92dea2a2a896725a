package org.creddesk.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.creddesk.domain.workflow.TrackedDeadline;
import org.creddesk.roster.RosterTableWriter;

/**
 * Deadlines as a spreadsheet (xlsx, or csv by the file's extension), one row per deadline with its status on the
 * as-of day. Written through the roster's table writer (only {@code roster} touches POI), as text cells so an NPI
 * or a license number keeps its digits; into a temp file first, so a failed export never leaves half a file.
 */
public final class DeadlineSpreadsheet {
    public static final List<String> HEADERS = List.of("NPI", "Provider", "Kind", "Subject", "Due", "Status",
            "Coordinator", "Snoozed until");

    private DeadlineSpreadsheet() {
    }

    /** Writes the rows; returns how many deadlines were written. */
    public static int write(List<TrackedDeadline> deadlines, LocalDate asOf, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        String name = target.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.')) : ".xlsx";
        Path temp = Files.createTempFile(target.getParent(), ".deadlines-", extension);
        try {
            try (RosterTableWriter out = RosterTableWriter.forFile(temp)) {
                out.startSheet("Deadlines", HEADERS);
                for (TrackedDeadline t : deadlines) {
                    out.row(Arrays.asList(t.npi(), t.providerName(), t.deadline().kind().code(),
                            t.deadline().subject(), t.deadline().due().toString(),
                            t.deadline().statusOn(asOf).code(), t.coordinator(),
                            t.isSnoozedOn(asOf) ? t.snoozedUntil().toString() : ""));
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return deadlines.size();
    }
}
