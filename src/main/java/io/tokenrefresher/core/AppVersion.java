package io.tokenrefresher.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version from the pom, filtered into {@code version.properties} at build time. In {@code core} because
 * every layer shows it: the window's About box, {@code --version}, and both layers' User-Agent.
 */
public final class AppVersion {
    private AppVersion() {
    }

    public static String get() {
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
