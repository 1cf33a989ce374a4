package io.tokenrefresher.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real forward HTTP proxy on 127.0.0.1, just enough for tests: it forwards absolute-URI requests
 * ({@code POST http://127.0.0.1:8080/path HTTP/1.1}) to the origin with {@code Connection: close},
 * and tunnels {@code CONNECT host:port} for https (or refuses tunnels with a chosen status). Every
 * request line it receives is recorded, so a test can prove a request went through it.
 */
public final class TinyHttpProxy implements AutoCloseable {
    private final ServerSocket server;
    private final List<String> requestLines = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile int refuseTunnelsWith;

    private TinyHttpProxy() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon("tiny-proxy-accept", this::acceptLoop).start();
    }

    public static TinyHttpProxy start() throws IOException {
        return new TinyHttpProxy();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The request lines received, in order: {@code POST http://... HTTP/1.1} or {@code CONNECT host:port HTTP/1.1}. */
    public List<String> requestLines() {
        return List.copyOf(requestLines);
    }

    /** Answers every CONNECT with this status (e.g. 403) instead of opening the tunnel. */
    public TinyHttpProxy refuseTunnels(int status) {
        this.refuseTunnelsWith = status;
        return this;
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : open) {
            s.close();
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                open.add(client);
                daemon("tiny-proxy-exchange", () -> serve(client)).start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            String requestLine = readLine(in);
            if (requestLine == null) {
                return;
            }
            requestLines.add(requestLine);
            List<String> headers = new ArrayList<>();
            for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
                headers.add(line);
            }
            String[] parts = requestLine.split(" ");
            if (parts[0].equals("CONNECT")) {
                tunnel(parts[1], in, out);
            } else {
                forward(parts[0], URI.create(parts[1]), parts[2], headers, in, out);
            }
        } catch (IOException e) {
            // the client or the origin went away: nothing to report to anyone
        }
    }

    private void tunnel(String hostPort, InputStream in, OutputStream out) throws IOException {
        int refuse = refuseTunnelsWith;
        if (refuse != 0) {
            out.write(("HTTP/1.1 " + refuse + " Refused by test proxy\r\nContent-Length: 0\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return;
        }
        int colon = hostPort.lastIndexOf(':');
        try (Socket origin = new Socket(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)))) {
            open.add(origin);
            out.write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread up = daemon("tiny-proxy-up", () -> copyThenShutdown(in, origin));
            up.start();
            origin.getInputStream().transferTo(out);
        }
    }

    private void forward(String method, URI target, String version, List<String> headers, InputStream in,
                         OutputStream out) throws IOException {
        try (Socket origin = new Socket(target.getHost(), target.getPort() == -1 ? 80 : target.getPort())) {
            open.add(origin);
            StringBuilder head = new StringBuilder();
            String path = target.getRawPath() + (target.getRawQuery() != null ? "?" + target.getRawQuery() : "");
            head.append(method).append(' ').append(path).append(' ').append(version).append("\r\n");
            long length = 0;
            for (String h : headers) {
                String name = h.substring(0, h.indexOf(':')).trim().toLowerCase(Locale.ROOT);
                if (name.equals("connection") || name.equals("proxy-connection")) {
                    continue;
                }
                if (name.equals("content-length")) {
                    length = Long.parseLong(h.substring(h.indexOf(':') + 1).trim());
                }
                head.append(h).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            OutputStream toOrigin = origin.getOutputStream();
            toOrigin.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            toOrigin.write(in.readNBytes((int) length));
            toOrigin.flush();
            origin.getInputStream().transferTo(out);
            out.flush();
        }
    }

    private static void copyThenShutdown(InputStream from, Socket to) {
        try {
            from.transferTo(to.getOutputStream());
            to.shutdownOutput();
        } catch (IOException e) {
            // one side closed: the other copy ends by itself
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                String s = line.toString(StandardCharsets.ISO_8859_1);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    private static Thread daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        return t;
    }
}
