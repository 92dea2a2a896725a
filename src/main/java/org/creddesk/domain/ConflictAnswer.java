package org.creddesk.domain;

import java.time.Instant;

/**
 * A person's answer "keep mine" to a roster conflict: the value kept and the roster value declined. The same roster
 * value is not asked again while the kept value stands; any other roster value asks again.
 */
public record ConflictAnswer(String entityId, String field, String keptValue, String declinedValue, String actor,
                             Instant answeredAt) {

    public boolean answers(String current, String incoming) {
        return java.util.Objects.equals(keptValue, current) && java.util.Objects.equals(declinedValue, incoming);
    }
}
