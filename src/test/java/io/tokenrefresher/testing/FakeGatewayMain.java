package io.tokenrefresher.testing;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a {@link FakeGateway} by hand, for manual runs, screenshots and benchmarks. Prints a valid
 * refresh token on stdout (only that, so {@code $(...)} can capture it) and the address on stderr;
 * runs until killed.
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/test-classes:$(cat cp.txt) io.tokenrefresher.testing.FakeGatewayMain 18080
 * </pre>
 *
 * Options after the port: {@code --ignore-json} (stock Spring: form only), {@code --client id:secret},
 * {@code --tenant id}, {@code --access-lifetime PT5M}, {@code --rotate-with-reuse-detection} (a refresh
 * token used twice revokes its grant).
 */
public final class FakeGatewayMain {
    private FakeGatewayMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        FakeGateway.Builder builder = FakeGateway.builder();
        builder.port(args.length > 0 ? Integer.parseInt(args[0]) : 18080);
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--ignore-json" -> builder.ignoreJsonBodies();
                case "--client" -> {
                    String[] pair = args[++i].split(":", 2);
                    builder.requireClient(pair[0], pair.length > 1 ? pair[1] : "");
                }
                case "--tenant" -> builder.requireTenant(args[++i]);
                case "--access-lifetime" -> builder.accessLifetime(Duration.parse(args[++i]));
                case "--rotate-with-reuse-detection" -> builder.rotateWithReuseDetection();
                default -> {
                    System.err.println("unknown option " + args[i]
                            + " (use: PORT [--ignore-json] [--client id:secret] [--tenant id] [--access-lifetime ISO-8601]"
                            + " [--rotate-with-reuse-detection])");
                    System.exit(2);
                }
            }
        }
        FakeGateway gateway = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(gateway::close));
        System.err.println("fake gateway at " + gateway.baseUrl() + " (token path " + FakeGateway.TOKEN_PATH
                + "); password grant: " + TestTokens.USER_NAME + " / bullfrog_password");
        System.out.println(gateway.validRefreshToken());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
