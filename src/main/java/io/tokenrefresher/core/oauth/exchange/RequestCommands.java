package io.tokenrefresher.core.oauth.exchange;

import io.tokenrefresher.core.oauth.HeaderLine;
import io.tokenrefresher.core.oauth.exchange.CommandLineQuoting.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A captured request as a command a tester can paste into their own shell: cURL for bash, cURL for
 * Windows cmd, PowerShell's {@code Invoke-RestMethod}, HTTPie. The same method, address, headers and
 * body bytes as sent; {@code Host} and {@code Content-Length} are left to the tool.
 *
 * <p>Without secrets, the refresh token, password and client secret become shell variables
 * ({@code $REFRESH_TOKEN}, {@code %REFRESH_TOKEN%}, {@code $env:REFRESH_TOKEN}) and Basic credentials
 * the tool's own user option built from {@code CLIENT_SECRET}; a JWT in another header becomes
 * {@code ACCESS_TOKEN}. Set the variables and the command sends what the app sent.
 */
public final class RequestCommands {
    public enum Shell { CURL_BASH, CURL_CMD, POWERSHELL, HTTPIE }

    public static final String CLIENT_SECRET = "CLIENT_SECRET";
    public static final String ACCESS_TOKEN = "ACCESS_TOKEN";
    /** Base64 of id:secret, for an Authorization: Basic header typed among the extra headers. */
    public static final String BASIC_CREDENTIALS = "BASIC_CREDENTIALS";

    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    private RequestCommands() {
    }

    public static String render(WireRequest request, Shell shell, boolean withSecrets) {
        List<Part> url = parts(request.uri().toString(), request, withSecrets);
        List<Part> body = parts(request.body(), request, withSecrets);
        String basicUser = !withSecrets && isBasic(request) ? request.basicUser() : null;
        List<HeaderLine> headers = new ArrayList<>();
        for (HeaderLine h : request.headers()) {
            boolean leftToTool = h.name().equalsIgnoreCase("Host") || h.name().equalsIgnoreCase("Content-Length");
            boolean replacedByUser = basicUser != null && h.name().equalsIgnoreCase("Authorization");
            if (!leftToTool && !replacedByUser) {
                headers.add(h);
            }
        }
        return switch (shell) {
            case CURL_BASH -> curl(url, headers, body, basicUser, withSecrets, CommandLineQuoting::bash, " \\\n  ",
                    "curl");
            case CURL_CMD -> curl(url, headers, body, basicUser, withSecrets, CommandLineQuoting::cmd, " ^\n  ",
                    "curl.exe");
            case POWERSHELL -> powerShell(request, url, headers, body, basicUser, withSecrets);
            case HTTPIE -> httpie(request, url, headers, body, basicUser, withSecrets);
        };
    }

    private interface Quoter {
        String quote(List<Part> parts);
    }

    private static String curl(List<Part> url, List<HeaderLine> headers, List<Part> body, String basicUser,
                               boolean withSecrets, Quoter q, String nextLine, String program) {
        StringBuilder sb = new StringBuilder(program).append(" --http1.1 -sS ").append(q.quote(url));
        for (HeaderLine h : headers) {
            sb.append(nextLine).append("-H ").append(q.quote(header(h, withSecrets)));
        }
        if (basicUser != null) {
            sb.append(nextLine).append("-u ").append(q.quote(List.of(Part.literal(basicUser + ":"),
                    Part.variable(CLIENT_SECRET))));
        }
        // always a body, even an empty one: the app's POST sends Content-Length: 0 then
        sb.append(nextLine).append("--data-raw ").append(q.quote(body));
        return sb.toString();
    }

    private static String powerShell(WireRequest request, List<Part> url, List<HeaderLine> headers, List<Part> body,
                                     String basicUser, boolean withSecrets) {
        StringBuilder table = new StringBuilder();
        String contentType = null;
        String userAgent = null;
        for (HeaderLine h : headers) {
            // Windows PowerShell 5.1 refuses these two in -Headers; they have parameters of their own
            if (h.name().equalsIgnoreCase("Content-Type")) {
                contentType = h.value();
            } else if (h.name().equalsIgnoreCase("User-Agent")) {
                userAgent = h.value();
            } else {
                List<Part> value = header(h, withSecrets);
                value = value.subList(1, value.size()); // the "Name: " literal is replaced by the table's key
                table.append(table.length() == 0 ? "" : "; ").append(CommandLineQuoting.powerShell(
                        List.of(Part.literal(h.name())))).append(" = ").append(CommandLineQuoting.powerShell(value));
            }
        }
        if (basicUser != null) {
            table.append(table.length() == 0 ? "" : "; ").append("'Authorization' = 'Basic ' + "
                    + "[Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes(").append(CommandLineQuoting.powerShell(
                    List.of(Part.literal(basicUser + ":"), Part.variable(CLIENT_SECRET)))).append("))");
        }
        String next = " `\n  ";
        StringBuilder sb = new StringBuilder("Invoke-RestMethod -Method ")
                .append(capitalized(request.method())).append(" -Uri ").append(CommandLineQuoting.powerShell(url));
        if (table.length() > 0) {
            sb.append(next).append("-Headers @{ ").append(table).append(" }");
        }
        if (contentType != null) {
            sb.append(next).append("-ContentType ").append(CommandLineQuoting.powerShell(List.of(Part.literal(contentType))));
        }
        if (userAgent != null) {
            sb.append(next).append("-UserAgent ").append(CommandLineQuoting.powerShell(List.of(Part.literal(userAgent))));
        }
        // bytes, not a string: Windows PowerShell 5.1 would encode a string body as ISO-8859-1
        sb.append(next).append("-Body ([Text.Encoding]::UTF8.GetBytes(").append(CommandLineQuoting.powerShell(body))
                .append("))");
        return sb.toString();
    }

    private static String httpie(WireRequest request, List<Part> url, List<HeaderLine> headers, List<Part> body,
                                 String basicUser, boolean withSecrets) {
        String next = " \\\n  ";
        StringBuilder sb = new StringBuilder("http --ignore-stdin ").append(request.method()).append(' ')
                .append(CommandLineQuoting.bash(url));
        for (HeaderLine h : headers) {
            List<Part> line = new ArrayList<>(header(h, withSecrets));
            line.set(0, Part.literal(h.name() + ":")); // HTTPie's header item is Name:value
            sb.append(next).append(CommandLineQuoting.bash(line));
        }
        if (basicUser != null) {
            sb.append(next).append("-a ").append(CommandLineQuoting.bash(List.of(Part.literal(basicUser + ":"),
                    Part.variable(CLIENT_SECRET))));
        }
        if (!request.body().isEmpty()) {
            sb.append(next).append("--raw ").append(CommandLineQuoting.bash(body));
        }
        return sb.toString();
    }

    /** "Name: value" as parts, the first being the literal "Name: "; a JWT in the value a variable unless with secrets. */
    private static List<Part> header(HeaderLine h, boolean withSecrets) {
        List<Part> parts = new ArrayList<>();
        parts.add(Part.literal(h.name() + ": "));
        if (withSecrets) {
            parts.add(Part.literal(h.value()));
            return parts;
        }
        if (h.value().regionMatches(true, 0, "Basic ", 0, 6)) {
            // Basic credentials typed as an extra header: the whole pair is the secret
            parts.add(Part.literal(h.value().substring(0, 6)));
            parts.add(Part.variable(BASIC_CREDENTIALS));
            return parts;
        }
        Matcher m = JWT.matcher(h.value());
        int at = 0;
        while (m.find()) {
            parts.add(Part.literal(h.value().substring(at, m.start())));
            parts.add(Part.variable(ACCESS_TOKEN));
            at = m.end();
        }
        parts.add(Part.literal(h.value().substring(at)));
        return parts;
    }

    /** A text split where the request's secrets sit in it, each secret a variable (whole text when with secrets). */
    static List<Part> parts(String text, WireRequest request, boolean withSecrets) {
        List<Part> parts = new ArrayList<>();
        parts.add(Part.literal(text));
        if (withSecrets) {
            return parts;
        }
        for (WireRequest.SecretSpot spot : request.secrets()) {
            List<Part> split = new ArrayList<>();
            for (Part p : parts) {
                if (p.variable()) {
                    split.add(p);
                    continue;
                }
                String s = p.text();
                int at = 0;
                for (int i = s.indexOf(spot.asSent()); i >= 0; i = s.indexOf(spot.asSent(), at)) {
                    split.add(Part.literal(s.substring(at, i)));
                    split.add(Part.variable(spot.placeholder()));
                    at = i + spot.asSent().length();
                }
                split.add(Part.literal(s.substring(at)));
            }
            parts = split;
        }
        return parts;
    }

    private static boolean isBasic(WireRequest request) {
        String auth = request.header("Authorization");
        return request.basicUser() != null && auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6);
    }

    private static String capitalized(String method) {
        String lower = method.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
