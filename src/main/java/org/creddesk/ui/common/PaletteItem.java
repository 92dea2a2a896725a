package org.creddesk.ui.common;

/** One line of the command palette: a command or a place to jump to. */
public record PaletteItem(String label, String detail, Runnable action) {
    @Override
    public String toString() {
        return detail == null || detail.isEmpty() ? label : label + "  ·  " + detail;
    }
}
