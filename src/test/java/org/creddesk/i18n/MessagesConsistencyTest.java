package org.creddesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.creddesk.ui.providers.ProviderTextKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every text key used exists in messages.properties and every key there is used. Keys are found as string literals
 * in the Java sources (domain Problem keys included), as %key in FXML, and, for keys the UI builds at run time
 * (field labels, section titles), from the screens' own lists.
 */
class MessagesConsistencyTest {
    private static final Path BUNDLE = Path.of("src/main/resources/org/creddesk/i18n/messages.properties");
    private static final Pattern JAVA_KEY = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");
    /** {@code "packet.kind." + kind.name()}: a key prefix completed by an enum constant's name (or its lower case). */
    private static final Pattern ENUM_PREFIX = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)*\\.)\"\\s*\\+");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    private static Set<String> defined;
    private static Set<String> usedInJava;
    private static Set<String> usedInUiJava;
    private static Set<String> usedInFxml;
    private static Set<String> enumPrefixes;

    @BeforeAll
    static void collect() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLE)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        defined = new TreeSet<>(p.stringPropertyNames());
        usedInJava = scan(Path.of("src/main/java"), ".java", JAVA_KEY);
        usedInUiJava = scan(Path.of("src/main/java/org/creddesk/ui"), ".java", JAVA_KEY);
        usedInFxml = scan(Path.of("src/main/resources"), ".fxml", FXML_KEY);
        enumPrefixes = scan(Path.of("src/main/java/org/creddesk/ui"), ".java", ENUM_PREFIX);
    }

    private static Set<String> scan(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(x -> x.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    /**
     * Which literals must exist in the bundle: in the UI, every feature-prefixed literal is a text key; elsewhere
     * only {@code validation.*} (domain Problem keys), since features also use dotted names for settings.
     */
    private static Set<String> requiredKeys() {
        Set<String> keys = new TreeSet<>(usedInUiJava.stream()
                .filter(s -> s.matches("[a-z]+\\.[A-Za-z0-9_.]*[A-Za-z0-9_]") && !s.startsWith("org.")).toList());
        keys.addAll(usedInJava.stream().filter(s -> s.startsWith("validation.")).toList());
        keys.addAll(ProviderTextKeys.builtAtRunTime());
        return keys;
    }

    @Test
    void everyKeyUsedInFxmlExists() {
        assertThat(usedInFxml).isNotEmpty().allSatisfy(k -> assertThat(defined).as("FXML key").contains(k));
    }

    @Test
    void everyKeyUsedInJavaExists() {
        Set<String> keys = requiredKeys();
        assertThat(keys).contains("validation.npi.checkDigit", "providers.field.npi");
        assertThat(keys).allSatisfy(k -> assertThat(defined).as("key used in Java").contains(k));
    }

    @Test
    void everyDefinedKeyIsUsed() {
        Set<String> used = new TreeSet<>(usedInJava);
        used.addAll(usedInFxml);
        used.addAll(ProviderTextKeys.builtAtRunTime());
        Set<String> unused = new TreeSet<>(defined);
        unused.removeAll(used);
        unused.removeIf(k -> enumPrefixes.stream().anyMatch(p -> k.startsWith(p)
                && k.substring(p.length()).matches("[A-Z][A-Z0-9_]*|[a-z][a-z0-9_]*")));
        assertThat(unused).as("keys in messages.properties that nothing uses").isEmpty();
    }
}
