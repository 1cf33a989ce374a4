package io.tokenrefresher.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenrefresher.core.oauth.TokenRequest;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers one way (see ARCHITECTURE.md), one named rule each, with its reason: {@code core}
 * is plain Java that runs without a display, {@code cli} and {@code ui} are siblings that {@code app}
 * wires, and inside {@code ui} a feature package leans only on itself and {@code ui.common}.
 *
 * <p>Plain JUnit instead of ArchUnit, in two passes per rule:
 * <ul>
 *   <li>the compiled classes: every class a class refers to (imports used, field and method types,
 *       calls, generic signatures, annotations) is named in its constant pool, as a class entry or
 *       inside a descriptor ({@code Lio/tokenrefresher/ui/main/MainViewModel;}); string constants are
 *       left out, so a resource path such as {@code /io/tokenrefresher/ui/main/main.fxml} is no offence;
 *   <li>the sources' {@code import} lines: they catch what the compiled classes cannot show, an import
 *       left unused, or a constant the compiler copied in from the forbidden class.
 * </ul>
 */
class ArchitectureTest {
    private static final String APP = "io/tokenrefresher/app/";
    private static final String CLI = "io/tokenrefresher/cli/";
    private static final String CORE = "io/tokenrefresher/core/";
    private static final String UI = "io/tokenrefresher/ui/";
    private static final String UI_COMMON = UI + "common/";

    /** A layer (package, with its subpackages), what it must not refer to, and why. */
    private record Rule(String name, String layer, List<String> forbidden, String because) {
    }

    private static final Rule CORE_RULE = new Rule("core refers to no javafx, ui, cli or app", CORE,
            List.of("javafx/", UI, CLI, APP, "java/awt/", "javax/swing/", "picocli/"),
            "core is the heart both the window and the command line use: it must run and be tested without a"
                    + " display (no javafx, AWT or Swing) and knows nothing of the layers above it");

    private static final Rule CLI_RULE = new Rule("cli refers to no javafx, ui or app", CLI,
            List.of("javafx/", UI, APP, "java/awt/", "javax/swing/"),
            "the command line runs without JavaFX (a command never pays for loading it, and works without a"
                    + " display); ui is its sibling, and app wires it, not the other way round");

    private static final Rule UI_RULE = new Rule("ui refers to no cli or app", UI, List.of(CLI, APP),
            "ui and cli are siblings; app wires ui and hands it what it needs (services, the version), so ui"
                    + " reaching back into app would be a cycle");

    @Test
    void coreDependsOnNoGuiNoCommandLineAndNoLauncher() {
        assertFollowed(CORE_RULE, 20);
    }

    @Test
    void commandLineDependsOnNoGuiAndNoLauncher() {
        assertFollowed(CLI_RULE, 5);
    }

    @Test
    void uiDependsOnNoCommandLineAndNoLauncher() {
        assertFollowed(UI_RULE, 5);
    }

    private static final String UI_FEATURES_BECAUSE = "a feature package can then be changed, replaced or"
            + " tested on its own; what two features share belongs in ui.common, and what they tell each other"
            + " goes through core or the wiring in app";

    /** The window's shell: it composes the parts, so it is the one package that names them. */
    private static final String UI_MAIN = UI + "main/";

    /**
     * Inside {@code ui}, a feature package ({@code ui.request}, {@code ui.profiles}, ...) refers only to
     * itself and {@code ui.common}, and {@code ui.common} to none of them ({@link #UI_FEATURES_BECAUSE}).
     * No part refers to {@code ui.main}, the shell that composes them (its view-model holds the parts'
     * view-models and its FXML includes their views).
     */
    @Test
    void uiFeaturePackagesDependOnlyOnThemselvesAndUiCommon() {
        List<String> features = uiPackages();
        assertThat(features).as("ui packages found").contains(UI_COMMON, UI_MAIN).hasSizeGreaterThan(5);

        List<String> offences = new ArrayList<>();
        for (String feature : features) {
            if (feature.equals(UI_MAIN)) {
                continue;
            }
            List<String> others = features.stream().filter(p -> !p.equals(feature) && !p.equals(UI_COMMON)).toList();
            offences.addAll(offences(new Rule("ui feature " + feature, feature, others, UI_FEATURES_BECAUSE)));
        }
        assertThat(offences).as("ui.x refers to no ui.y but ui.common, because " + UI_FEATURES_BECAUSE).isEmpty();
    }

    /** The checks above cannot pass by reading nothing: both passes find what is really there. */
    @Test
    void theScansSeeReferencesWhereTheyExist() {
        Rule uiUsesJavaFx = new Rule("ui refers to javafx", UI, List.of("javafx/"), "");

        assertThat(classReferenceOffences(uiUsesJavaFx)).isNotEmpty();
        assertThat(importOffences(uiUsesJavaFx)).isNotEmpty();
    }

    /** What the constant-pool reader takes for a reference, shown on {@link Fixture}. */
    @Test
    void aFieldsTypeIsAReferenceAndAStringConstantIsNot() {
        Path fixture = compiledFile(Fixture.class);

        assertThat(ClassReferences.of(fixture)).contains("java/util/concurrent/ExecutorService", "java/lang/String")
                .doesNotContain("javafx/scene/Node");
    }

    @SuppressWarnings("unused")
    private static final class Fixture {
        private ExecutorService onlyInADescriptor;
        private final String lookingLikeOne = "Ljavafx/scene/Node;";
    }

    private static void assertFollowed(Rule rule, int atLeast) {
        assertThat(classFiles(rule.layer())).as("compiled classes of " + rule.layer()).hasSizeGreaterThan(atLeast);
        assertThat(sourceFiles(rule.layer())).as("sources of " + rule.layer()).hasSizeGreaterThan(atLeast);
        assertThat(offences(rule)).as(rule.name() + ", because " + rule.because()).isEmpty();
    }

    private static List<String> offences(Rule rule) {
        List<String> found = new ArrayList<>(classReferenceOffences(rule));
        found.addAll(importOffences(rule));
        return found;
    }

    private static List<String> classReferenceOffences(Rule rule) {
        List<String> found = new ArrayList<>();
        for (Path file : classFiles(rule.layer())) {
            for (String reference : ClassReferences.of(file)) {
                if (isForbidden(reference, rule)) {
                    found.add(classRoot().relativize(file) + " refers to " + reference);
                }
            }
        }
        return found;
    }

    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    private static List<String> importOffences(Rule rule) {
        List<String> found = new ArrayList<>();
        for (Path file : sourceFiles(rule.layer())) {
            Matcher imports = IMPORT.matcher(readUtf8(file));
            while (imports.find()) {
                String imported = imports.group(1).replace('.', '/');
                if (isForbidden(imported, rule)) {
                    found.add(sourceRoot().relativize(file) + " imports " + imports.group(1));
                }
            }
        }
        return found;
    }

    private static boolean isForbidden(String internalName, Rule rule) {
        return rule.forbidden().stream().anyMatch(internalName::startsWith);
    }

    /** The packages right below {@code ui} ({@code io/tokenrefresher/ui/main/}, ...), as compiled. */
    private static List<String> uiPackages() {
        try (Stream<Path> dirs = Files.list(classRoot().resolve(UI))) {
            return dirs.filter(Files::isDirectory).map(d -> UI + d.getFileName() + "/").sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> classFiles(String layer) {
        return filesUnder(classRoot().resolve(layer), ".class");
    }

    private static List<Path> sourceFiles(String layer) {
        return filesUnder(sourceRoot().resolve(layer), ".java");
    }

    private static List<Path> filesUnder(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path compiledFile(Class<?> type) {
        return codeSource(type).resolve(type.getName().replace('.', '/') + ".class");
    }

    /** target/classes, found through a core class. */
    private static Path classRoot() {
        return codeSource(TokenRequest.class);
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** src/main/java, next to target/classes. */
    private static Path sourceRoot() {
        return classRoot().getParent().getParent().resolve(Path.of("src", "main", "java"));
    }

    private static String readUtf8(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The classes a compiled class refers to, read from its constant pool (JVMS 4.4): the names of its
     * class entries, and every {@code L<name>;} inside the other texts of the pool (field, method and
     * generic signatures, annotation types). Texts that are string constants are skipped.
     */
    private static final class ClassReferences {
        private static final Pattern IN_DESCRIPTOR = Pattern.compile("L([\\w/$]+)[;<]");

        static Set<String> of(Path classFile) {
            String[] texts;
            Set<Integer> classNames = new HashSet<>();
            Set<Integer> stringConstants = new HashSet<>();
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(classFile)))) {
                if (in.readInt() != 0xCAFEBABE) {
                    throw new IllegalStateException(classFile + " is not a class file");
                }
                in.readUnsignedShort(); // minor version
                in.readUnsignedShort(); // major version
                int count = in.readUnsignedShort();
                texts = new String[count];
                for (int i = 1; i < count; i++) {
                    int tag = in.readUnsignedByte();
                    switch (tag) {
                        case 1 -> texts[i] = in.readUTF(); // Utf8
                        case 7 -> classNames.add(in.readUnsignedShort()); // Class
                        case 8 -> stringConstants.add(in.readUnsignedShort()); // String
                        case 16, 19, 20 -> in.skipBytes(2); // MethodType, Module, Package
                        case 15 -> in.skipBytes(3); // MethodHandle
                        // Integer, Float, Field/Method/InterfaceMethodref, NameAndType, Dynamic, InvokeDynamic
                        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                        case 5, 6 -> { // Long, Double: two slots
                            in.skipBytes(8);
                            i++;
                        }
                        default -> throw new IllegalStateException(classFile + ": constant pool tag " + tag);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Set<String> references = new TreeSet<>();
            for (int i = 1; i < texts.length; i++) {
                if (texts[i] == null || stringConstants.contains(i) && !classNames.contains(i)) {
                    continue;
                }
                if (classNames.contains(i) && !texts[i].startsWith("[")) {
                    references.add(texts[i]);
                }
                Matcher m = IN_DESCRIPTOR.matcher(texts[i]);
                while (m.find()) {
                    references.add(m.group(1));
                }
            }
            return references;
        }
    }
}
