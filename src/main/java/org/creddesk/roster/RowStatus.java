package org.creddesk.roster;

/** How a roster row compares with the store. */
public enum RowStatus {
    NEW, CHANGED, UNCHANGED, CONFLICTING, REJECTED
}
