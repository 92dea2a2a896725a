package org.creddesk.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The desktop's file dialogs and viewer. Screens ask through this seam so tests can answer without a file chooser.
 */
public interface DesktopFiles {
    /** A PDF, PNG or JPEG file to attach; empty when the person cancels. */
    Optional<Path> chooseDocument();

    Optional<Path> chooseSaveTarget(String suggestedName);

    /** An exclusion list file (OIG LEIE or SAM.gov: CSV, ZIP or xlsx) to import; empty when the person cancels. */
    Optional<Path> chooseListFile();

    /** A CSV file to read (the members of a network adequacy run); empty when the person cancels or cannot choose. */
    default Optional<Path> chooseCsvFile() {
        return Optional.empty();
    }

    /** A folder to write many files into (a batch of packets); empty when the person cancels. */
    Optional<Path> chooseFolder();

    /** Opens a file in the system viewer (called off the FX thread); false when the desktop cannot. */
    boolean open(Path file);
}
