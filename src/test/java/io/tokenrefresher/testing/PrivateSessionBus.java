package io.tokenrefresher.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real D-Bus session daemon of the test's own ({@code dbus-daemon} with a session bus's configuration,
 * on a socket in a temp folder), so nothing reaches the desktop the tests run on. {@link #start} is empty when the machine has
 * no {@code dbus-daemon} (CI installs the {@code dbus} package).
 */
public final class PrivateSessionBus implements AutoCloseable {
    /**
     * A session bus with no service folders: the machine's own notification daemon (dunst, say) is never
     * started on it by activation, so only the test's server answers.
     */
    private static final String CONFIG = """
            <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
             "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
            <busconfig>
              <type>session</type>
              <listen>unix:path=SOCKET</listen>
              <auth>EXTERNAL</auth>
              <policy context="default">
                <allow send_destination="*" eavesdrop="true"/>
                <allow eavesdrop="true"/>
                <allow own="*"/>
              </policy>
            </busconfig>
            """;

    private final Process daemon;
    private final String address;

    private PrivateSessionBus(Process daemon, String address) {
        this.daemon = daemon;
        this.address = address;
    }

    public static Optional<PrivateSessionBus> start(Path folder) throws IOException {
        Optional<Path> binary = findDaemon();
        if (binary.isEmpty()) {
            return Optional.empty();
        }
        Path socket = folder.resolve("bus");
        Path config = Files.writeString(folder.resolve("bus.conf"), CONFIG.replace("SOCKET", socket.toString()));
        Process process = new ProcessBuilder(List.of(binary.get().toString(), "--config-file=" + config,
                "--nofork", "--nosyslog", "--print-address=1"))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String address = out.readLine(); // printed once the daemon listens
        if (address == null || address.isBlank()) {
            process.destroyForcibly();
            throw new IOException("dbus-daemon printed no address; exit " + exitOf(process));
        }
        return Optional.of(new PrivateSessionBus(process, address.trim()));
    }

    private static Optional<Path> findDaemon() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "dbus-daemon");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String exitOf(Process process) {
        try {
            return process.waitFor(2, TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "none yet";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    public String address() {
        return address;
    }

    @Override
    public void close() throws InterruptedException {
        daemon.destroy();
        if (!daemon.waitFor(5, TimeUnit.SECONDS)) {
            daemon.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
