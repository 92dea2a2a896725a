package org.creddesk.domain.packet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What a fillable form offers. The signature is a hash of its field names and kinds: two copies of the same
 * form version share it, so a saved mapping finds its form again; a new version of the form gets a new one.
 */
public record FormDescription(int pages, boolean hybridXfa, List<FormField> fields) {
    public FormDescription {
        fields = List.copyOf(fields);
    }

    public String signature() {
        StringBuilder sb = new StringBuilder();
        fields.stream().map(f -> f.name() + "|" + f.kind() + "\n").sorted().forEach(sb::append);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<FormField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
