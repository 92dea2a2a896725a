package org.creddesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.creddesk.domain.AuditEntry;
import org.creddesk.domain.ChangeAction;
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
    void aCreatedFileIsWrittenAsValuesAndReadLikeOlderPairRows() {
        List<FieldChange> own = List.of(new FieldChange("lastName", null, "O'Brien \"Bob\""),
                new FieldChange("npi", null, "1234567893"));
        List<FieldChange> license = List.of(new FieldChange("number", null, "a\\b\n7"));
        String json = NewFileLogRow.encode(own, List.of(new NewFileLogRow.Part("license", "lic-1", license)));
        assertThat(json).isEqualTo("{\"lastName\":\"O'Brien \\\"Bob\\\"\",\"npi\":\"1234567893\","
                + "\"license/lic-1\":{\"number\":\"a\\\\b\\n7\"}}");
        String older = "{\"lastName\":[null,\"O'Brien \\\"Bob\\\"\"],\"npi\":[null,\"1234567893\"],"
                + "\"license/lic-1\":{\"number\":[null,\"a\\\\b\\n7\"]}}";
        for (String row : List.of(json, older)) {
            assertThat(NewFileLogRow.isFile("provider", ChangeAction.CREATE, row)).isTrue();
            List<AuditEntry> entries = NewFileLogRow.expand(7, "op", "provider", "p-1", "p-1", ChangeAction.CREATE, row,
                    "test", "alice", "desk", Instant.EPOCH);
            assertThat(entries).extracting(AuditEntry::entity, AuditEntry::entityId)
                    .containsExactly(tuple("provider", "p-1"), tuple("license", "lic-1"));
            assertThat(entries.get(0).changes()).containsExactlyElementsOf(own);
            assertThat(entries.get(1).changes()).containsExactlyElementsOf(license);
        }
        // A provider file with no child rows yet is still read as a created file.
        String alone = NewFileLogRow.encode(own, List.of());
        assertThat(NewFileLogRow.isFile("provider", ChangeAction.CREATE, alone)).isTrue();
        assertThat(NewFileLogRow.expand(8, "op", "provider", "p-1", "p-1", ChangeAction.CREATE, alone, "test",
                "alice", "desk", Instant.EPOCH)).singleElement().satisfies(e -> assertThat(e.changes())
                .containsExactlyElementsOf(own));
    }

    @Test
    void noChangesIsAnEmptyObject() {
        assertThat(ChangeLog.encode(List.of())).isEqualTo("{}");
        assertThat(ChangeLog.decode("{}")).isEmpty();
    }
}
