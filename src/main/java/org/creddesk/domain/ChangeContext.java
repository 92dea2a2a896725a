package org.creddesk.domain;

/** Who is writing and from where; every write carries one so the change log can say it. */
public record ChangeContext(String source, String actor, String device) {
    public static final String MANUAL = "manual";

    public static ChangeContext manual(String actor, String device) {
        return new ChangeContext(MANUAL, actor, device);
    }

    public ChangeContext withSource(String newSource) {
        return new ChangeContext(newSource, actor, device);
    }
}
