package org.creddesk.store;

/** What an import undo does with fields changed after the import. */
public enum UndoMode {
    /** Refuse (change nothing) and list the later edits. */
    REFUSE_IF_EDITED_LATER,
    /** Undo everything else; fields (and providers) changed after the import keep their newer values. */
    KEEP_LATER_EDITS,
    /** Undo everything, the later edits included (they stay in the change log). */
    DISCARD_LATER_EDITS
}
