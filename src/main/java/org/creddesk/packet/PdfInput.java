package org.creddesk.packet;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/** Opens PDFs that came from outside with a message a person can act on when they cannot be used. */
final class PdfInput {
    private PdfInput() {
    }

    /** Opens a PDF; refuses encrypted ones when {@code refuseEncrypted} (a form must be changed, so it must be open). */
    static PDDocument open(byte[] bytes, String name, boolean refuseEncrypted) {
        if (!looksLikePdf(bytes)) {
            throw new PdfInputException(name + " is not a PDF file (it does not start with %PDF-).");
        }
        PDDocument doc;
        try {
            doc = Loader.loadPDF(bytes);
        } catch (InvalidPasswordException e) {
            throw new PdfInputException(name + " is password protected; ask the sender for an unprotected copy.", e);
        } catch (IOException e) {
            throw new PdfInputException(name + " is damaged and cannot be read (" + e.getMessage()
                    + "); open it in a PDF viewer and save a new copy.", e);
        }
        if (doc.isEncrypted()) {
            if (refuseEncrypted) {
                closeQuietly(doc);
                throw new PdfInputException(name + " is encrypted (its permissions forbid changes); ask the sender "
                        + "for an unprotected copy.");
            }
            doc.setAllSecurityToBeRemoved(true);
        }
        if (doc.getNumberOfPages() == 0) {
            closeQuietly(doc);
            throw new PdfInputException(name + " has no pages.");
        }
        return doc;
    }

    static boolean looksLikePdf(byte[] bytes) {
        int limit = Math.min(bytes.length - 5, 1024);
        for (int i = 0; i <= limit; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    static void closeQuietly(PDDocument doc) {
        try {
            doc.close();
        } catch (IOException ignored) {
            // nothing was written; closing only releases memory
        }
    }
}
