package org.creddesk.taxonomy;

import java.util.List;

/** A code-set file that cannot be imported, with every reason a person can act on; nothing was changed. */
public final class TaxonomyFileException extends RuntimeException {
    private final List<String> problems;

    public TaxonomyFileException(String problem) {
        this(List.of(problem));
    }

    public TaxonomyFileException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
