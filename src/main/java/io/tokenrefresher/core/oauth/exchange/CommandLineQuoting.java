package io.tokenrefresher.core.oauth.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotes one argument for a shell so the program receives exactly the text, with stretches that
 * stand for a secret written as a variable reference the shell fills in.
 *
 * <ul>
 *   <li>bash: literal text in single quotes ({@code '} as {@code '\''}), variables as {@code "$NAME"},
 *       side by side: bash joins them into one word and expands nothing inside single quotes.</li>
 *   <li>Windows cmd: the caret escaping Chrome's "Copy as cURL (cmd)" uses, because cmd and the C
 *       runtime's argument parser both read the line: {@code \} and {@code "} escaped for the runtime,
 *       then every character that is not plainly safe escaped with {@code ^} for cmd, a {@code %} that
 *       could start a variable broken up; variables as {@code %NAME%}. A variable's value is pasted in
 *       before cmd parses, so a secret holding {@code & | < > ^} needs the "with secrets" copy.</li>
 *   <li>PowerShell: single quotes (the four Unicode single quotes PowerShell also accepts doubled),
 *       variables as {@code $env:NAME}, joined with {@code +} in parentheses.</li>
 * </ul>
 */
final class CommandLineQuoting {
    /** A stretch of an argument: literal text, or the name of the variable holding a secret. */
    record Part(String text, boolean variable) {
        static Part literal(String text) {
            return new Part(text, false);
        }

        static Part variable(String name) {
            return new Part(name, true);
        }
    }

    private static final Pattern CMD_UNSAFE = Pattern.compile("[^a-zA-Z0-9\\s_\\-:=+~'/.,?;()*`]");
    private static final Pattern CMD_PERCENT = Pattern.compile("%(?=[a-zA-Z0-9_])");

    private CommandLineQuoting() {
    }

    /** Adjacent literals joined, so each shell quotes one stretch once. */
    private static List<Part> merged(List<Part> parts) {
        List<Part> merged = new ArrayList<>();
        for (Part p : parts) {
            int last = merged.size() - 1;
            if (!p.variable() && last >= 0 && !merged.get(last).variable()) {
                merged.set(last, Part.literal(merged.get(last).text() + p.text()));
            } else {
                merged.add(p);
            }
        }
        return merged;
    }

    static String bash(List<Part> pieces) {
        List<Part> parts = merged(pieces);
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (p.variable()) {
                sb.append("\"$").append(p.text()).append('"');
            } else if (!p.text().isEmpty()) {
                sb.append('\'').append(p.text().replace("'", "'\\''")).append('\'');
            }
        }
        return sb.length() == 0 ? "''" : sb.toString();
    }

    static String cmd(List<Part> pieces) {
        List<Part> parts = merged(pieces);
        StringBuilder sb = new StringBuilder("^\"");
        for (Part p : parts) {
            if (p.variable()) {
                sb.append('%').append(p.text()).append('%');
            } else {
                String s = p.text().replace("\\", "\\\\").replace("\"", "\\\"");
                s = CMD_UNSAFE.matcher(s).replaceAll(m -> "^" + Matcher.quoteReplacement(m.group()));
                s = CMD_PERCENT.matcher(s).replaceAll("%^");
                s = s.replaceAll("\\r?\\n", "^\n\n");
                sb.append(s);
            }
        }
        return sb.append("^\"").toString();
    }

    static String powerShell(List<Part> pieces) {
        List<Part> parts = merged(pieces);
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (Part p : parts) {
            if (!p.variable() && p.text().isEmpty()) {
                continue;
            }
            if (count++ > 0) {
                sb.append(" + ");
            }
            if (p.variable()) {
                sb.append("$env:").append(p.text());
            } else {
                sb.append('\'').append(p.text().replaceAll("(['\u2018\u2019\u201A\u201B])", "$1$1")).append('\'');
            }
        }
        if (count == 0) {
            return "''";
        }
        return count == 1 ? sb.toString() : "(" + sb + ")";
    }
}
