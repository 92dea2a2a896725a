package org.creddesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.creddesk.domain.FieldChange;
import org.junit.jupiter.api.Test;

class ChangeLogEncodingTest {
    @Test
    void fieldDiffsSurviveQuotesBackslashesControlCharactersAndUnicode() {
        List<FieldChange> changes = List.of(
                new FieldChange("lastName", null, "O'Brien \"Bob\" Müller Nguyễn"),
                new FieldChange("note", "a\\b\nc\td\re", "\u0001bell\u001f"),
                new FieldChange("gone", "x", null));
        String json = ChangeLog.encode(changes);
        assertThat(ChangeLog.decode(json)).containsExactlyElementsOf(changes);
        assertThat(json).startsWith("{\"lastName\":[null,\"O'Brien \\\"Bob\\\" Müller Nguyễn\"]");
    }

    @Test
    void noChangesIsAnEmptyObject() {
        assertThat(ChangeLog.encode(List.of())).isEqualTo("{}");
        assertThat(ChangeLog.decode("{}")).isEmpty();
    }
}
