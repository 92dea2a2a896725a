package org.creddesk.domain;

/** What a change did to an entity. */
public enum ChangeAction {
    CREATE, UPDATE, DELETE
}
