package org.creddesk.monitoring;

import java.util.List;

/**
 * A list file that does not look whole (cut short, mostly unreadable, or a full list far shorter than the last
 * one) was not imported; nothing changed. A person may import it anyway by confirming it with a reason.
 */
public final class SuspectListException extends ListFileException {
    private final List<String> concerns;
    private final String fileName;

    public SuspectListException(String fileName, List<String> concerns) {
        super(fileName + " was not imported, nothing changed: " + String.join("; ", concerns) + ". Check the file "
                + "(download it again); if it is right, import it again and confirm it with a reason.");
        this.fileName = fileName;
        this.concerns = List.copyOf(concerns);
    }

    public List<String> concerns() {
        return concerns;
    }

    public String fileName() {
        return fileName;
    }
}
