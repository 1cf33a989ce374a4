package io.tokenrefresher.core.curl;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a pasted curl command into its words the way the shell it was copied for would: bash
 * (DevTools' "Copy as cURL (bash)", Postman, Apifox: single and double quotes, {@code $'...'},
 * backslash escapes and line continuations) or Windows cmd (DevTools' "Copy as cURL (cmd)": {@code ^}
 * escapes and continuations, double quotes with {@code \"} inside).
 */
final class CurlWords {
    private CurlWords() {
    }

    /** Whether the text was copied for cmd: caret continuations or caret-escaped quotes. */
    static boolean isCmd(String text) {
        return text.matches("(?s).*\\^\\R.*") || text.contains("^\"") || text.contains("^\\^\"");
    }

    /** @throws CurlImportException with {@link CurlImportException.Problem#UNCLOSED_QUOTE} */
    static List<String> split(String text) {
        return isCmd(text) ? splitCmd(text) : splitBash(text);
    }

    private static List<String> splitBash(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < n && (text.charAt(i + 1) == '\n' || text.charAt(i + 1) == '\r')) {
                i += text.startsWith("\r\n", i + 1) ? 3 : 2; // line continuation
                continue;
            }
            if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                i++;
                continue;
            }
            if (word == null) {
                word = new StringBuilder();
            }
            if (c == '\'') {
                int end = text.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new CurlImportException(CurlImportException.Problem.UNCLOSED_QUOTE, "'");
                }
                word.append(text, i + 1, end);
                i = end + 1;
            } else if (c == '$' && i + 1 < n && text.charAt(i + 1) == '\'') {
                i = ansiC(text, i + 2, word);
            } else if (c == '"') {
                i = doubleQuoted(text, i + 1, word);
            } else if (c == '\\' && i + 1 < n) {
                word.append(text.charAt(i + 1));
                i += 2;
            } else {
                word.append(c);
                i++;
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    private static int doubleQuoted(String text, int from, StringBuilder word) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < text.length() && "\"\\$`\n".indexOf(text.charAt(i + 1)) >= 0) {
                if (text.charAt(i + 1) != '\n') {
                    word.append(text.charAt(i + 1));
                }
                i += 2;
            } else {
                word.append(c);
                i++;
            }
        }
        throw new CurlImportException(CurlImportException.Problem.UNCLOSED_QUOTE, "\"");
    }

    /** {@code $'...'}: backslash escapes as in C ({@code \n}, {@code \'}, {@code \\}, x and u hex escapes). */
    private static int ansiC(String text, int from, StringBuilder word) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                return i + 1;
            }
            if (c != '\\' || i + 1 >= text.length()) {
                word.append(c);
                i++;
                continue;
            }
            char e = text.charAt(i + 1);
            switch (e) {
                case 'n' -> word.append('\n');
                case 't' -> word.append('\t');
                case 'r' -> word.append('\r');
                case 'x' -> {
                    word.append((char) Integer.parseInt(text.substring(i + 2, i + 4), 16));
                    i += 2;
                }
                case 'u' -> {
                    word.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                    i += 4;
                }
                default -> word.append(e);
            }
            i += 2;
        }
        throw new CurlImportException(CurlImportException.Problem.UNCLOSED_QUOTE, "$'");
    }

    private static List<String> splitCmd(String text) {
        // carets escape the next character; a caret at a line's end continues the line
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '^' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                if (next == '\r' || next == '\n') {
                    i += text.startsWith("\r\n", i + 1) ? 2 : 1;
                    plain.append(' ');
                } else {
                    // keep an escaped quote apart from a quote that opens or closes a word
                    plain.append(next == '"' ? "\u0000" : String.valueOf(next));
                    i++;
                }
            } else {
                plain.append(c);
            }
        }
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        boolean quoted = false;
        String s = plain.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!quoted && Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString().replace('\u0000', '"'));
                    word = null;
                }
                continue;
            }
            if (word == null) {
                word = new StringBuilder();
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == '"' || s.charAt(i + 1) == '\u0000')) {
                word.append('"');
                i++;
            } else {
                word.append(c);
            }
        }
        if (quoted) {
            throw new CurlImportException(CurlImportException.Problem.UNCLOSED_QUOTE, "\"");
        }
        if (word != null) {
            words.add(word.toString().replace('\u0000', '"'));
        }
        return words;
    }
}
