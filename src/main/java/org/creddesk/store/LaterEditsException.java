package org.creddesk.store;

import java.util.List;

/** An undo was refused because fields the import wrote were changed after it; nothing was changed. */
public final class LaterEditsException extends StoreException {
    private final transient List<LaterEdit> edits;

    public LaterEditsException(List<LaterEdit> edits) {
        super(edits.size() + " field(s) were changed after this import; undo again keeping or discarding them");
        this.edits = List.copyOf(edits);
    }

    public List<LaterEdit> edits() {
        return edits;
    }
}
