package org.creddesk.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where CredDesk keeps its data: $CREDDESK_HOME, else the operating system's convention. */
public final class DataFolder {
    private DataFolder() {
    }

    public static Path resolve(Map<String, String> env, String osName, String userHome) {
        String home = env.get("CREDDESK_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.getOrDefault("APPDATA", userHome + "\\AppData\\Roaming");
            return Path.of(appData, "CredDesk");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "CredDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "creddesk")
                : Path.of(userHome, ".local", "share", "creddesk");
    }

    public static Path resolveDefault() {
        return resolve(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }
}
