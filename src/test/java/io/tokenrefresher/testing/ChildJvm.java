package io.tokenrefresher.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of the test class path in a fresh JVM: for what must not happen inside the test
 * JVM (loading JavaFX, stopping every HTTP client's thread, exiting).
 */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** Exit code and stdout+stderr; {@code exitCode} is -1 when the JVM did not end within 60 s. */
    public record Result(int exitCode, String output) {
    }

    /** Runs {@code java [jvmOptions] -cp <test class path> mainClass args} with {@code env} added. */
    public static Result run(List<String> jvmOptions, Map<String, String> env, String mainClass, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", testClassPath(), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, output);
        }
        return new Result(process.exitValue(), output);
    }

    /** The test class path; surefire runs tests from a manifest-only jar and puts the real one in a property. */
    public static String testClassPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }
}
