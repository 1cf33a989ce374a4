package io.tokenrefresher.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A server on 127.0.0.1 for the faults the JDK's {@code HttpServer} (under {@link FakeGateway}) cannot
 * play: a TCP reset before or in the middle of the answer, headers that come late, a body trickled a few
 * bytes at a time, and a listener that never accepts (its backlog filled), so that connecting times out.
 * Each accepted connection reads the request's head and plays the one {@link Behaviour} given.
 */
public final class RawSocketGateway implements AutoCloseable {
    /** What to do with a connection once the request has come. */
    @FunctionalInterface
    public interface Behaviour {
        void play(Socket connection) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final List<Socket> backlogFillers = new ArrayList<>();
    private final Thread acceptor;

    private RawSocketGateway(Behaviour behaviour, boolean accept) throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        if (accept) {
            acceptor = new Thread(() -> serve(behaviour), "raw-socket-gateway");
            acceptor.setDaemon(true);
            acceptor.start();
        } else {
            acceptor = null;
            fillBacklog();
        }
    }

    public static RawSocketGateway playing(Behaviour behaviour) {
        try {
            return new RawSocketGateway(behaviour, true);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A listener that never accepts, with its accept queue full: Linux drops further SYNs, so a client's
     * connect hangs until its own connect limit, like a host behind a firewall that drops packets.
     */
    public static RawSocketGateway neverAccepting() {
        try {
            return new RawSocketGateway(null, false);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    public int port() {
        return server.getLocalPort();
    }

    // --- behaviours ---

    /** SO_LINGER 0 then close: the kernel sends RST instead of FIN. */
    public static Behaviour resetBeforeAnswer() {
        return RawSocketGateway::reset;
    }

    /** Headers declaring {@code declared} bytes of JSON, {@code sent} of them, then a reset. */
    public static Behaviour resetMidBody(int declared, int sent) {
        return connection -> {
            OutputStream out = connection.getOutputStream();
            out.write(head(200, "application/json;charset=UTF-8", declared));
            out.write(filler(sent));
            out.flush();
            Thread.sleep(100); // let the bytes arrive before the reset overtakes them
            reset(connection);
        };
    }

    /** Waits {@code delay} before saying anything (the request timeout's case). */
    public static Behaviour silentFor(Duration delay) {
        return connection -> {
            Thread.sleep(delay.toMillis());
            connection.close();
        };
    }

    /** Sends the headers at once, then the body a byte every {@code every}: an answer that never finishes in time. */
    public static Behaviour trickle(String body, Duration every) {
        return connection -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            OutputStream out = connection.getOutputStream();
            out.write(head(200, "application/json;charset=UTF-8", bytes.length));
            out.flush();
            for (byte b : bytes) {
                out.write(b);
                out.flush();
                Thread.sleep(every.toMillis());
            }
        };
    }

    /** A complete answer as given (status line, headers and body), then a clean close. */
    public static Behaviour answer(int status, String contentType, String body) {
        return connection -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            OutputStream out = connection.getOutputStream();
            out.write(head(status, contentType, bytes.length));
            out.write(bytes);
            out.flush();
        };
    }

    private static byte[] head(int status, String contentType, int length) {
        return ("HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: " + length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] filler(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) ' ');
        if (n > 0) {
            b[0] = '{';
        }
        return b;
    }

    private static void reset(Socket connection) throws IOException {
        connection.setSoLinger(true, 0);
        connection.close();
    }

    private void serve(Behaviour behaviour) {
        while (!server.isClosed()) {
            try {
                Socket connection = server.accept();
                Thread t = new Thread(() -> playOn(connection, behaviour), "raw-socket-connection");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private static void playOn(Socket connection, Behaviour behaviour) {
        try (connection) {
            readHead(connection);
            behaviour.play(connection);
        } catch (IOException e) {
            // the client hung up: what it saw is the test's business
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads until the blank line after the headers, and the body it declares. */
    private static void readHead(Socket connection) throws IOException {
        connection.setSoTimeout(5000);
        InputStream in = connection.getInputStream();
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            head.append((char) c);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        int length = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        try {
            in.readNBytes(length);
        } catch (SocketTimeoutException e) {
            // a client that declared more than it sent: answer anyway
        }
        connection.setSoTimeout(0);
    }

    private void fillBacklog() throws IOException {
        // connect until one attempt is not completed by the kernel: the accept queue is then full
        for (int i = 0; i < 16; i++) {
            Socket s = new Socket();
            try {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()), 300);
                backlogFillers.add(s);
            } catch (SocketTimeoutException e) {
                s.close();
                return;
            }
        }
        throw new IllegalStateException("the listen backlog did not fill: connect timeouts cannot be played here");
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Socket s : backlogFillers) {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
