package org.creddesk.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.creddesk.provider.NotFoundException;
import org.creddesk.store.StoreException;

/** Turns a failure into one sentence a coordinator can act on; never a stack trace. */
public final class HumanMessage {
    private final Messages messages;

    public HumanMessage(Messages messages) {
        this.messages = messages;
    }

    public String of(Throwable failure) {
        Throwable t = failure instanceof UncheckedIOException && failure.getCause() != null ? failure.getCause() : failure;
        if (t instanceof NoSuchFileException e) {
            return messages.text("shell.error.noSuchFile", e.getFile());
        }
        if (t instanceof AccessDeniedException e) {
            return messages.text("shell.error.accessDenied", e.getFile());
        }
        if (t instanceof StoreException || t instanceof NotFoundException || t instanceof IllegalArgumentException) {
            return t.getMessage();
        }
        if (t instanceof IOException) {
            return messages.text("shell.error.io", String.valueOf(t.getMessage()));
        }
        return messages.text("shell.error.unexpected", t.getClass().getSimpleName());
    }
}
