package org.creddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packet templates as files: export one, edit it as a person would, import it, make a packet with it. */
class PacketTemplateCommandTest {
    @TempDir
    Path dir;

    @Test
    void aTemplateEditedAsAFileMakesTheNextPacket() throws Exception {
        String db = dir.resolve("c.db").toString();
        CliRun.of("--db", db, "sample-data");
        JsonNode templates = CliRun.of("--db", db, "packet", "template", "list").json();
        String name = templates.get(0).get("name").asText();
        int parts = templates.get(0).get("parts").size();

        Path file = dir.resolve("mine.json");
        assertThat(CliRun.of("--db", db, "packet", "template", "export", name, file.toString()).exitCode()).isZero();
        ObjectNode edited = (ObjectNode) Json.mapper().readTree(Files.readString(file));
        edited.put("name", "Short profile");
        ArrayNode kept = Json.mapper().createArrayNode();
        edited.get("parts").forEach(p -> {
            String kind = p.get("kind").asText();
            if (kind.equals("COVER") || kind.equals("PROFILE")) {
                kept.add(p);
            }
        });
        edited.set("parts", kept);
        Files.writeString(file, Json.mapper().writeValueAsString(edited));

        CliRun imported = CliRun.of("--db", db, "packet", "template", "import", file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.json().get("parts").asInt()).isEqualTo(kept.size()).isLessThan(parts);
        assertThat(CliRun.of("--db", db, "packet", "template", "list").json().findValuesAsText("name"))
                .contains(name, "Short profile");

        String npi = CliRun.of("--db", db, "providers", "list", "--json").json().get(0).get("npi").asText();
        Path pdf = dir.resolve("short.pdf");
        CliRun made = CliRun.of("--db", db, "packet", npi, "--out", pdf.toString(), "--template", "Short profile",
                "--payer", "Acme Health", "--reason", "test");
        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"name\": \"\", \"parts\": [");
        CliRun refused = CliRun.of("--db", db, "packet", "template", "import", broken.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("broken.json");
        assertThat(CliRun.of("--db", db, "packet", "template", "export", "Nope", file.toString()).exitCode()).isEqualTo(3);
    }
}
