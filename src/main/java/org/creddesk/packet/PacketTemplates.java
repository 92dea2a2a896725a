package org.creddesk.packet;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.creddesk.domain.packet.PacketTemplate;

/** Packet templates as JSON: the bundled defaults, and the text a person's edited template is stored as. */
public final class PacketTemplates {
    private static final String DEFAULTS = "/org/creddesk/packet/templates.json";
    private final ObjectMapper json = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

    /** The templates CredDesk ships with; the first is the default. */
    public List<PacketTemplate> defaults() {
        try (InputStream in = PacketTemplates.class.getResourceAsStream(DEFAULTS)) {
            JsonNode root = json.readTree(in);
            List<PacketTemplate> result = new ArrayList<>();
            for (JsonNode t : root.get("templates")) {
                result.add(json.treeToValue(t, PacketTemplate.class));
            }
            return List.copyOf(result);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled packet templates cannot be read", e);
        }
    }

    public String toJson(PacketTemplate template) {
        try {
            return json.writeValueAsString(template);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a template; a broken one is refused with the parser's position. */
    public PacketTemplate fromJson(String text) {
        try {
            return json.readValue(text, PacketTemplate.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The packet template is not valid: " + e.getOriginalMessage(), e);
        }
    }
}
