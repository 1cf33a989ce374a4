package io.tokenrefresher.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * WCAG 2 contrast of the window's status texts in both themes, from the colours really used: the
 * {@code -color-...} definitions of {@code .root} in AtlantaFX's Primer Light and Primer Dark stylesheets
 * (the ones {@link Appearance} installs), and which of them app.css gives each status text and
 * background. Normal-size text needs 4.5:1 (AA); the countdown, 2em bold, is large text (3:1).
 * Translucent backgrounds are laid over the background beneath them.
 */
class ThemeContrastTest {
    private static final double AA_TEXT = 4.5;
    private static final double AA_LARGE_TEXT = 3.0;
    private static final String APP_CSS = "/io/tokenrefresher/css/app.css";
    private static final List<String> STATUSES = List.of("success", "warning", "error", "busy", "neutral");

    static List<Arguments> themes() {
        return List.of(Arguments.of("Primer Light", new PrimerLight()), Arguments.of("Primer Dark", new PrimerDark()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("themes")
    void statusTextsOnTheRequestAreaAndTheDefaultBackground(String name, Theme theme) {
        Palette palette = Palette.of(theme);
        AppCss app = AppCss.load();
        Map<String, String> backgrounds = Map.of(
                "request area (" + app.value(".request-area", "-fx-background-color") + ")",
                app.value(".request-area", "-fx-background-color"),
                "default background (-color-bg-default)", "-color-bg-default");

        List<String> report = new ArrayList<>();
        List<String> tooLow = new ArrayList<>();
        for (String status : STATUSES) {
            String fg = app.value(".status-" + status, "-fx-text-fill");
            for (Map.Entry<String, String> bg : backgrounds.entrySet()) {
                double ratio = contrast(palette.colour(fg, null), palette.colour(bg.getValue(), null));
                String line = String.format(Locale.ROOT, "%s: status-%s %s on %s = %.2f:1", name, status, fg,
                        bg.getKey(), ratio);
                report.add(line);
                if (ratio < AA_TEXT) {
                    tooLow.add(line);
                }
            }
        }
        report.forEach(System.out::println);
        assertThat(tooLow).as("status texts below %s:1", AA_TEXT).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("themes")
    void chipsBannersAndTheExpiredCountdown(String name, Theme theme) {
        Palette palette = Palette.of(theme);
        AppCss app = AppCss.load();
        String page = "-color-bg-default";
        String countdownBox = app.value(".countdown-box", "-fx-background-color");
        List<String> report = new ArrayList<>();
        List<String> tooLow = new ArrayList<>();
        check(name + ": chip-warning", palette, app.value(".chip-warning", "-fx-text-fill"),
                app.value(".chip-warning", "-fx-background-color"), page, AA_TEXT, report, tooLow);
        check(name + ": pair-check chip, success", palette, app.value(".status-success", "-fx-text-fill"),
                app.value(".chip.status-success", "-fx-background-color"), page, AA_TEXT, report, tooLow);
        check(name + ": pair-check chip, warning", palette, app.value(".status-warning", "-fx-text-fill"),
                app.value(".chip.status-warning", "-fx-background-color"), page, AA_TEXT, report, tooLow);
        check(name + ": banner-danger", palette, app.value(".banner-danger .label", "-fx-text-fill"),
                app.value(".banner-danger", "-fx-background-color"), page, AA_TEXT, report, tooLow);
        check(name + ": banner-warning", palette, "-color-fg-default",
                app.value(".banner-warning", "-fx-background-color"), page, AA_TEXT, report, tooLow);
        check(name + ": banner-info", palette, "-color-fg-default",
                app.value(".banner-info", "-fx-background-color"), page, AA_TEXT, report, tooLow);
        check(name + ": countdown, calm", palette, app.value(".expiry-calm .countdown", "-fx-text-fill"),
                countdownBox, page, AA_LARGE_TEXT, report, tooLow);
        check(name + ": countdown, warning", palette, app.value(".expiry-warning .countdown", "-fx-text-fill"),
                countdownBox, page, AA_LARGE_TEXT, report, tooLow);
        check(name + ": countdown, expired", palette, app.value(".expiry-expired .countdown", "-fx-text-fill"),
                app.value(".expiry-expired", "-fx-background-color"), page, AA_LARGE_TEXT, report, tooLow);
        check(name + ": caption", palette, app.value(".facts, .caption", "-fx-text-fill"), page, page, AA_TEXT,
                report, tooLow);
        report.forEach(System.out::println);
        assertThat(tooLow).isEmpty();
    }

    /** The session notice banner: its coloured title and its body on each tone's background. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("themes")
    void sessionNoticeBanner(String name, Theme theme) {
        Palette palette = Palette.of(theme);
        AppCss app = AppCss.load();
        String page = "-color-bg-default";
        List<String> report = new ArrayList<>();
        List<String> tooLow = new ArrayList<>();
        check(name + ": notice banner, neutral", palette, "-color-fg-default",
                app.value(".notice-banner", "-fx-background-color"), page, AA_TEXT, report, tooLow);
        for (String tone : List.of("warning", "error")) {
            String background = app.value(".notice-banner.status-" + tone, "-fx-background-color");
            check(name + ": notice banner title, " + tone, palette,
                    app.value(".notice-banner.status-" + tone + " .notice-banner-title", "-fx-text-fill"),
                    background, page, AA_TEXT, report, tooLow);
            check(name + ": notice banner body, " + tone, palette, "-color-fg-default", background, page, AA_TEXT,
                    report, tooLow);
        }
        report.forEach(System.out::println);
        assertThat(tooLow).isEmpty();
    }

    private static void check(String what, Palette palette, String fg, String bg, String under, double minimum,
            List<String> report, List<String> tooLow) {
        double[] beneath = palette.colour(under, null);
        double ratio = contrast(palette.colour(fg, beneath), palette.colour(bg, beneath));
        String line = String.format(Locale.ROOT, "%s: %s on %s = %.2f:1 (needs %.1f)", what, fg, bg, ratio, minimum);
        report.add(line);
        if (ratio < minimum) {
            tooLow.add(line);
        }
    }

    /** WCAG 2.x contrast ratio of two opaque sRGB colours (0-255 per channel). */
    static double contrast(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(double[] rgb) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = rgb[i] / 255;
            c[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    /** The looked-up colours a theme defines on {@code .root}. */
    private record Palette(Map<String, String> definitions) {
        private static final Pattern DEFINITION = Pattern.compile("(-color-[\\w-]+)\\s*:\\s*([^;]+);");

        static Palette of(Theme theme) {
            String css = read(theme.getUserAgentStylesheet());
            int start = css.indexOf(".root {");
            assertThat(start).as(".root in " + theme.getName()).isGreaterThanOrEqualTo(0);
            String root = css.substring(start, css.indexOf('}', start));
            Map<String, String> definitions = new HashMap<>();
            Matcher m = DEFINITION.matcher(root);
            while (m.find()) {
                definitions.put(m.group(1), m.group(2).trim());
            }
            assertThat(definitions).as("colours of " + theme.getName()).containsKeys("-color-bg-default",
                    "-color-fg-default", "-color-bg-subtle", "-color-success-fg", "-color-danger-fg");
            return new Palette(definitions);
        }

        /** An opaque colour; a translucent one is laid over {@code beneath} (white when null). */
        double[] colour(String value, double[] beneath) {
            String v = value.trim();
            if (v.startsWith("-color-")) {
                String defined = definitions.get(v);
                assertThat(defined).as(v + " is defined by the theme").isNotNull();
                return colour(defined, beneath);
            }
            if (v.startsWith("#") && v.length() == 7) {
                return new double[] {Integer.parseInt(v.substring(1, 3), 16), Integer.parseInt(v.substring(3, 5), 16),
                        Integer.parseInt(v.substring(5, 7), 16)};
            }
            Matcher rgba = Pattern.compile("rgba?\\(([^)]*)\\)").matcher(v);
            assertThat(rgba.matches()).as("a colour: " + v).isTrue();
            String[] parts = rgba.group(1).split(",");
            double alpha = parts.length > 3 ? Double.parseDouble(parts[3].trim()) : 1;
            double[] under = beneath == null ? new double[] {255, 255, 255} : beneath;
            double[] out = new double[3];
            for (int i = 0; i < 3; i++) {
                out[i] = Double.parseDouble(parts[i].trim()) * alpha + under[i] * (1 - alpha);
            }
            return out;
        }
    }

    /** The declarations of app.css, by selector exactly as written. */
    private record AppCss(Map<String, Map<String, String>> rules) {
        private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");

        static AppCss load() {
            String css = read(APP_CSS).replaceAll("(?s)/\\*.*?\\*/", "");
            Map<String, Map<String, String>> rules = new HashMap<>();
            Matcher m = RULE.matcher(css);
            while (m.find()) {
                String selector = m.group(1).trim().replaceAll("\\s+", " ");
                Map<String, String> declarations = rules.computeIfAbsent(selector, s -> new HashMap<>());
                for (String declaration : m.group(2).split(";")) {
                    int colon = declaration.indexOf(':');
                    if (colon > 0) {
                        declarations.put(declaration.substring(0, colon).trim(), declaration.substring(colon + 1).trim());
                    }
                }
            }
            return new AppCss(rules);
        }

        String value(String selector, String property) {
            String v = rules.getOrDefault(selector, Map.of()).get(property);
            assertThat(v).as(selector + " { " + property + " } in app.css").isNotNull();
            return v;
        }
    }

    private static String read(String stylesheet) {
        try (InputStream in = stylesheet.startsWith("/") ? ThemeContrastTest.class.getResourceAsStream(stylesheet)
                : URI.create(stylesheet).toURL().openStream()) {
            assertThat(in).as(stylesheet).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
