package org.creddesk.packet;

/** A PDF someone gave us cannot be used (not a PDF, damaged, encrypted, XFA-only); the message says which. */
public final class PdfInputException extends RuntimeException {
    public PdfInputException(String message) {
        super(message);
    }

    public PdfInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
