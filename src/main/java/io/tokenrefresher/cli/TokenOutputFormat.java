package io.tokenrefresher.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What {@code refresh} and {@code login} print on stdout. */
public enum TokenOutputFormat {
    /** The server's answer, pretty-printed. */
    JSON("json"),
    ACCESS_TOKEN("access-token"),
    REFRESH_TOKEN("refresh-token"),
    /** The profile's token header: {@code Authorization: Bearer <t>} or {@code Blade-Auth: bearer <t>}. */
    HEADER("header"),
    /** Every header an API call needs, one per line (with Blade-Auth also Basic and Tenant-Id). */
    HEADERS("headers"),
    /** {@code ACCESS_TOKEN=...} and {@code REFRESH_TOKEN=...} lines for {@code eval} or {@code source}. */
    ENV("env");

    private final String text;

    TokenOutputFormat(String text) {
        this.text = text;
    }

    @Override
    public String toString() {
        return text;
    }

    public static final class Converter implements ITypeConverter<TokenOutputFormat> {
        @Override
        public TokenOutputFormat convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
            for (TokenOutputFormat f : values()) {
                if (f.text.equals(v)) {
                    return f;
                }
            }
            throw new TypeConversionException("'" + value + "' is not one of " + String.join(", ", new Names()));
        }
    }

    /** The names for help and shell completion. */
    public static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> names = new ArrayList<>();
            for (TokenOutputFormat f : values()) {
                names.add(f.text);
            }
            return names.iterator();
        }
    }
}
