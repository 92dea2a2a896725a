package org.creddesk.roster;

/** Receives rows as a reader streams them; returns false to stop reading early. */
@FunctionalInterface
public interface RowSink {
    boolean accept(SheetRow row);
}
