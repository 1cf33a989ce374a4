import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds the native installer for the OS it runs on: a trimmed Java runtime (jlink) with JavaFX linked in
 * once, an app image (jpackage), and the OS's installer(s) from that image. One implementation for Linux,
 * Windows and macOS, run by Maven's {@code installer} profile as a single-file Java program:
 *
 * <pre>
 *   mvn -Pinstaller package        # output in target/installer/
 * </pre>
 *
 * The jpackage options live in text files next to this program, not here:
 * {@code packaging/common.options} (every OS, both steps), {@code packaging/<os>/image.options} and
 * {@code packaging/<os>/package.options}; the jlink options in {@code packaging/jlink.options}.
 * Format: one option per line, {@code --option value} (the value is the rest of the line, spaces
 * allowed, no quotes); {@code #} starts a comment line; {@code ${version}}, {@code ${basedir}} and
 * {@code ${os}} are replaced.
 *
 * <p>Arguments (all given by the pom): {@code --basedir DIR --version V --jdk DIR --app-jar JAR --main-class
 * CLASS --libs DIR --javafx DIR --work DIR --dest DIR [--types t1,t2]}.
 *
 * <p>The runtime, and every tool (jdeps, jmod, jlink, jpackage), come from {@code --jdk}: a JDK 25 or newer
 * (the pom's {@code installer.jdk}), whatever JDK runs Maven; the app's classes stay {@code release 17}.
 * Java 25 is what makes the ahead-of-time (AOT) caches possible that the app image ships
 * ({@link #trainAotCaches}).
 */
public final class BuildInstaller {

    private static final String APP_NAME = "token-refresher";

    private final Map<String, String> args;
    private final Path basedir;
    private final Path packaging;
    private final String version;
    private final String os;
    private final Path jdk;
    private final Path work;
    private final Path dest;

    private BuildInstaller(Map<String, String> args) {
        this.args = args;
        this.basedir = Path.of(required("--basedir")).toAbsolutePath().normalize();
        this.packaging = basedir.resolve("packaging");
        this.version = required("--version");
        this.os = currentOs();
        this.jdk = Path.of(required("--jdk")).toAbsolutePath().normalize();
        this.work = Path.of(required("--work")).toAbsolutePath();
        this.dest = Path.of(required("--dest")).toAbsolutePath();
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            args.put(argv[i], argv[i + 1]);
        }
        try {
            new BuildInstaller(args).run();
        } catch (BuildException e) {
            System.err.println("[installer] FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    private void run() throws IOException {
        long start = System.nanoTime();
        List<String> types = types();
        String jdkVersion = checkJdk();
        log("OS " + os + ", version " + version + ", types " + types + ", runtime and tools from JDK " + jdkVersion
                + " at " + jdk);

        deleteTree(work);
        Files.createDirectories(work);
        Files.createDirectories(dest);

        Path input = stageInput();
        Path jmods = javafxJmods();
        Set<String> modules = modules(input, work.resolve("javafx-jars"));
        Path runtime = jlink(jmods, modules);
        Path image = appImage(runtime, input);
        if (os.equals("linux")) {
            launcherScript(image);
        }
        new AotTraining(image, os, work).run();

        for (String type : types) {
            if (type.equals("app-image")) {
                archiveAppImage(image);
            } else {
                nativePackage(type, image);
            }
        }
        log(String.format(Locale.ROOT, "done in %.0f s; app image %s (%s); output in %s:",
                (System.nanoTime() - start) / 1e9, image, mb(treeSize(image)), dest));
        try (Stream<Path> files = Files.list(dest)) {
            files.filter(Files::isRegularFile).sorted()
                    .forEach(f -> log("  " + f.getFileName() + "  " + mb(size(f))));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // steps

    /** The JDK the runtime is made from: 25 or newer, with jlink and jpackage; its version. */
    private String checkJdk() throws IOException {
        String hint = " The installer's runtime is made from a JDK 25 or newer (its AOT cache needs Java 25):"
                + " install one (Temurin 25: /usr/lib/jvm/temurin-25-jdk-amd64 on Debian) and point"
                + " -Dinstaller.jdk=DIR (or the environment variable INSTALLER_JDK) at it.";
        Path release = jdk.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isRegularFile(jdkTool("jlink"))
                || !Files.isRegularFile(jdkTool("jpackage"))) {
            throw new BuildException("no JDK with jlink and jpackage at " + jdk + "." + hint);
        }
        String version = Files.readAllLines(release, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("JAVA_VERSION=")).findFirst().orElse("JAVA_VERSION=0")
                .substring(13).replace("\"", "");
        int feature = Integer.parseInt(version.replaceAll("^(\\d+).*", "$1"));
        if (feature < 25) {
            throw new BuildException("the JDK at " + jdk + " is Java " + version + "." + hint);
        }
        return version;
    }

    private Path jdkTool(String name) {
        return jdk.resolve("bin").resolve(os.equals("windows") ? name + ".exe" : name);
    }

    /** The class path of the app: the app's own jar and every non-JavaFX runtime dependency. */
    private Path stageInput() throws IOException {
        Path input = Files.createDirectories(work.resolve("input"));
        Path appJar = Path.of(required("--app-jar"));
        if (!Files.isRegularFile(appJar)) {
            throw new BuildException("no app jar " + appJar + " (run the package phase)");
        }
        List<Path> jars = new ArrayList<>(jars(Path.of(required("--libs"))));
        jars.add(0, appJar);
        long before = 0;
        long after = 0;
        for (Path jar : jars) {
            Path copy = input.resolve(jar.getFileName());
            storeUncompressed(jar, copy, leftOut(jar));
            before += size(jar);
            after += size(copy);
        }
        log("class path: " + names(jars(input)) + ", stored uncompressed: " + mb(before) + " -> " + mb(after));
        return input;
    }

    /**
     * Copies a jar with its entries STORED instead of deflated, same entries in the same order. The
     * installers compress everything again (xz in the .deb, gz/xz archives), and deflated classes do not
     * compress a second time: stored, the jars of 1.0.0 cost half as much in the .deb (xz 3.5 MB instead
     * of 6.7 MB) and no time to inflate when classes load. Signatures stay valid (they cover the
     * uncompressed bytes).
     */
    /**
     * BouncyCastle is there for SM2 only (its lightweight API): its post-quantum, JCE provider and X.509
     * parts (6 MB, 4 MB in the .deb) are left out, as the portable jar's shade filter does (pom.xml), and
     * so are its signature files, which would no longer match, and its module descriptor.
     */
    private static final List<String> BCPROV_UNUSED = List.of("org/bouncycastle/pqc/", "org/bouncycastle/jcajce/",
            "org/bouncycastle/jce/", "org/bouncycastle/x509/", "org/bouncycastle/i18n/");

    /** Entries of {@code jar} not to copy. */
    private static Predicate<String> leftOut(Path jar) {
        if (!jar.getFileName().toString().startsWith("bcprov-")) {
            return name -> false;
        }
        return name -> {
            String path = name.replaceFirst("^META-INF/versions/\\d+/", "");
            return BCPROV_UNUSED.stream().anyMatch(path::startsWith)
                    || name.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)")
                    // its module descriptor exports the packages left out (jdeps stops at that); the app
                    // runs it from the class path, where the descriptor is not read anyway
                    || path.equals("module-info.class");
        };
    }

    private static void storeUncompressed(Path from, Path to, Predicate<String> leftOut)
            throws IOException {
        try (JarFile in = new JarFile(from.toFile(), false);
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            out.setMethod(ZipOutputStream.STORED);
            for (JarEntry e : Collections.list(in.entries())) {
                if (leftOut.test(e.getName())) {
                    continue;
                }
                byte[] data;
                try (InputStream is = in.getInputStream(e)) {
                    data = is.readAllBytes();
                }
                CRC32 crc = new CRC32();
                crc.update(data);
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setMethod(ZipEntry.STORED);
                copy.setSize(data.length);
                copy.setCompressedSize(data.length);
                copy.setCrc(crc.getValue());
                copy.setTime(e.getTime());
                out.putNextEntry(copy);
                out.write(data);
                out.closeEntry();
            }
        }
    }

    /**
     * JavaFX from Maven Central comes as modular jars with the native libraries inside. jlink would keep
     * those libraries as resources, and JavaFX would then unpack them into ~/.openjfx at run time. So
     * each jar is turned into a jmod whose native libraries are real native libraries: jlink then puts
     * them where the JDK keeps its own (lib/ or bin/ on Windows) and JavaFX loads them from there.
     * The platform-less JavaFX jars (no module-info, only there to pull in the platform jar) are skipped.
     */
    private Path javafxJmods() throws IOException {
        Path jmods = Files.createDirectories(work.resolve("jmods"));
        Path classJars = Files.createDirectories(work.resolve("javafx-jars"));
        Path nativeLibs = Files.createDirectories(work.resolve("javafx-libs"));
        List<String> made = new ArrayList<>();
        for (Path jar : jars(Path.of(required("--javafx")))) {
            String module;
            try (JarFile jf = new JarFile(jar.toFile())) {
                if (jf.getEntry("module-info.class") == null) {
                    continue;
                }
                module = moduleName(jar);
                Path classes = classJars.resolve(module + ".jar");
                Path libs = Files.createDirectories(nativeLibs.resolve(module));
                try (OutputStream out = Files.newOutputStream(classes);
                     JarOutputStream jo = new JarOutputStream(out)) {
                    for (JarEntry e : Collections.list(jf.entries())) {
                        if (e.isDirectory() || e.getName().startsWith("META-INF/MANIFEST")) {
                            continue;
                        }
                        try (InputStream in = jf.getInputStream(e)) {
                            if (isNativeLibrary(e.getName())) {
                                Files.copy(in, libs.resolve(Path.of(e.getName()).getFileName().toString()));
                            } else {
                                jo.putNextEntry(new JarEntry(e.getName()));
                                in.transferTo(jo);
                                jo.closeEntry();
                            }
                        }
                    }
                }
                List<String> jmodArgs = new ArrayList<>(List.of("create", "--class-path", classes.toString()));
                if (!isEmpty(libs)) {
                    jmodArgs.addAll(List.of("--libs", libs.toString()));
                }
                jmodArgs.add(jmods.resolve(module + ".jmod").toString());
                tool("jmod", jmodArgs);
            }
            made.add(module);
        }
        if (made.isEmpty()) {
            throw new BuildException("no JavaFX platform jars in " + required("--javafx"));
        }
        log("JavaFX jmods: " + made);
        return jmods;
    }

    /**
     * What jdeps finds in the class path (JavaFX on the module path, as class jars: jdeps reads no
     * jmods); packaging/jlink.options adds what it cannot see.
     */
    private Set<String> modules(Path input, Path javafxJars) throws IOException {
        List<String> jdepsArgs = new ArrayList<>(List.of("--module-path", javafxJars.toString(),
                "--multi-release", "17", "--ignore-missing-deps", "--print-module-deps"));
        jdepsArgs.addAll(names(jars(input)).stream().map(n -> input.resolve(n).toString()).collect(Collectors.toList()));
        String out = tool("jdeps", jdepsArgs).trim();
        String[] lines = out.split("\\R");
        Set<String> modules = new TreeSet<>(Arrays.asList(lines[lines.length - 1].trim().split(",")));
        log("jdeps: " + String.join(",", modules));
        return modules;
    }

    private Path jlink(Path jmods, Set<String> modules) throws IOException {
        Path runtime = work.resolve("runtime");
        List<String> jlinkArgs = new ArrayList<>(List.of("--module-path", jmods.toString(),
                "--add-modules", String.join(",", modules), "--output", runtime.toString()));
        jlinkArgs.addAll(options(packaging.resolve("jlink.options")));
        tool("jlink", jlinkArgs);
        // jlink's CDS plugin also dumps classes_nocoops.jsa, used only when compressed oops are off
        // (heaps of 32 GB and more). This app never runs so; without the file such a JVM would simply
        // start without CDS. Saves 11 MB installed, 2 MB in the .deb.
        Files.deleteIfExists(runtime.resolve("lib/server/classes_nocoops.jsa"));
        Files.deleteIfExists(runtime.resolve("bin/server/classes_nocoops.jsa"));
        log("runtime: " + mb(treeSize(runtime)) + ", modules "
                + String.join(",", Files.readAllLines(runtime.resolve("release")).stream()
                        .filter(l -> l.startsWith("MODULES=")).findFirst().orElse("MODULES=?").substring(8)
                        .replace("\"", "").split(" ")));
        return runtime;
    }

    private Path appImage(Path runtime, Path input) throws IOException {
        Path images = work.resolve("image");
        List<String> a = new ArrayList<>(List.of("--type", "app-image", "--dest", images.toString(),
                "--name", APP_NAME, "--app-version", version,
                "--runtime-image", runtime.toString(), "--input", input.toString(),
                "--main-jar", Path.of(required("--app-jar")).getFileName().toString(),
                "--main-class", required("--main-class")));
        a.addAll(options(packaging.resolve("common.options")));
        a.addAll(options(packaging.resolve(os).resolve("image.options")));
        tool("jpackage", a);
        Path image = images.resolve(os.equals("macos") ? APP_NAME + ".app" : APP_NAME);
        if (!Files.isDirectory(image)) {
            throw new BuildException("jpackage made no app image at " + image);
        }
        return image;
    }

    /**
     * bin/token-refresher.sh: the app started without the native launcher, for the menu entry and as
     * {@code token-refresher} on the PATH. JDK 17's Linux launcher asks rpm and then dpkg which package
     * owns it (dpkg -S, dpkg -L) before it starts the JVM, on every start: about 0.2 s, a third of a
     * command-line refresh and a sixth of the window's start. The script starts the same runtime with the
     * same JVM options and class path, read from the launcher's cfg here; only the AOT cache differs by what
     * is started (one trained on the window, one on the command line; {@link AotTraining}), decided like
     * {@code app.Main} decides.
     */
    private void launcherScript(Path image) throws IOException {
        Path cfg = image.resolve("lib/app/" + APP_NAME + ".cfg");
        List<String> classPath = new ArrayList<>();
        List<String> javaOptions = new ArrayList<>();
        String mainClass = null;
        for (String line : Files.readAllLines(cfg, StandardCharsets.UTF_8)) {
            String value = line.substring(line.indexOf('=') + 1);
            if (line.startsWith("app.classpath=")) {
                classPath.add(shellWord(value));
            } else if (line.startsWith("java-options=")) {
                javaOptions.add(shellWord(value.replace("$APPDIR/" + AotTraining.WINDOW_CACHE, "$APPDIR/$CACHE")));
            } else if (line.startsWith("app.mainclass=")) {
                mainClass = shellWord(value);
            }
        }
        if (mainClass == null || classPath.isEmpty()) {
            throw new BuildException("no main class or class path in " + cfg);
        }
        StringBuilder script = new StringBuilder()
                .append("#!/bin/sh\n")
                .append("# Token Refresher, started without the native launcher bin/").append(APP_NAME)
                .append(", which asks rpm and dpkg\n")
                .append("# which package owns it on every start (~0.2 s). Made by packaging/BuildInstaller.java")
                .append(" from lib/app/").append(APP_NAME).append(".cfg:\n")
                .append("# the same runtime, JVM options and class path, so the AOT caches apply.\n")
                .append("APPDIR=\"$(dirname \"$(dirname \"$(readlink -f \"$0\")\")\")/lib/app\"\n")
                .append("# the window's AOT cache, or the command line's (smaller: less memory), as app.Main decides\n")
                .append("case \"${1-}\" in\n")
                .append("    --help|-h|--version|-V) CACHE=").append(AotTraining.CLI_CACHE).append(" ;;\n")
                .append("    \"\"|-*) CACHE=").append(AotTraining.WINDOW_CACHE).append(" ;;\n")
                .append("    *) CACHE=").append(AotTraining.CLI_CACHE).append(" ;;\n")
                .append("esac\n")
                .append("exec \"$APPDIR/../runtime/bin/java\" ");
        for (String option : javaOptions) {
            script.append(option).append(' ');
        }
        script.append("-cp ").append(String.join(":", classPath)).append(' ').append(mainClass).append(" \"$@\"\n");
        if (!script.toString().contains("$APPDIR/$CACHE")) {
            throw new BuildException("the launcher's cfg names no AOT cache $APPDIR/" + AotTraining.WINDOW_CACHE);
        }
        Path out = image.resolve("bin/" + APP_NAME + ".sh");
        Files.writeString(out, script.toString(), StandardCharsets.UTF_8);
        out.toFile().setExecutable(true, false);
        log("launcher script: " + out);
    }

    /** A cfg value as one double-quoted sh word; $APPDIR stays a variable, nothing else may expand. */
    private static String shellWord(String value) {
        if (value.matches(".*[\"`\\\\].*") || value.replace("$APPDIR", "").replace("$CACHE", "").contains("$")) {
            throw new BuildException("unexpected characters for a shell script in cfg value: " + value);
        }
        return "\"" + value + "\"";
    }

    /**
     * The app image as a portable archive (Linux): unpack anywhere and run bin/token-refresher.
     * xz, like the .deb: gzip leaves it a third larger.
     */
    private void archiveAppImage(Path image) throws IOException {
        if (!os.equals("linux")) {
            log("app-image archive: only made on Linux; the app image is in " + image);
            return;
        }
        Path archive = dest.resolve(APP_NAME + "-" + version + "-linux-" + arch() + ".tar.xz");
        Files.deleteIfExists(archive);
        run(List.of("tar", "-C", image.getParent().toString(), "--owner=0", "--group=0", "-cf", archive.toString(),
                "--use-compress-program=xz -T0", APP_NAME));
        log("app image archive: " + archive + " (" + mb(size(archive)) + ")");
    }

    private void nativePackage(String type, Path image) throws IOException {
        List<String> a = new ArrayList<>(List.of("--type", type, "--dest", dest.toString(),
                "--name", APP_NAME, "--app-version", version, "--app-image", image.toString()));
        a.addAll(options(packaging.resolve("common.options")));
        a.addAll(options(packaging.resolve(os).resolve("package.options")));
        tool("jpackage", a);
    }

    // ---------------------------------------------------------------------------------------------
    // helpers

    private List<String> types() {
        String given = args.getOrDefault("--types", "").trim();
        if (!given.isEmpty() && !given.equals("default") && !given.startsWith("${")) {
            return Arrays.asList(given.split("\\s*,\\s*"));
        }
        switch (os) {
            case "linux":
                return List.of("app-image", "deb");
            case "windows":
                return List.of("msi");
            default:
                return List.of("dmg");
        }
    }

    /** Reads an options file: one {@code --option value} a line, # comments, ${...} replaced. */
    private List<String> options(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            line = line.replace("${version}", version)
                    .replace("${basedir}", basedir.toString().replace('\\', '/'))
                    .replace("${os}", os);
            int space = line.indexOf(' ');
            if (space < 0) {
                out.add(line);
            } else {
                out.add(line.substring(0, space));
                out.add(line.substring(space + 1).strip());
            }
        }
        return out;
    }

    /** Runs a tool of the installer's JDK ({@code --jdk}), not of the JDK running this program. */
    private String tool(String name, List<String> toolArgs) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(jdkTool(name).toString());
        command.addAll(toolArgs);
        log("$ " + name + " " + toolArgs.stream().map(BuildInstaller::quote).collect(Collectors.joining(" ")));
        Path err = Files.createTempFile(work, name, ".err");
        String out;
        int rc;
        try {
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            p.getOutputStream().close();
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            rc = p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildException("interrupted");
        }
        String text = out + Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(err);
        if ((!name.equals("jdeps") || rc != 0) && !text.isBlank()) {
            System.out.print(indent(text));
        }
        if (rc != 0) {
            throw new BuildException(name + " exited with " + rc);
        }
        return out;
    }

    private static void run(List<String> command) throws IOException {
        log("$ " + String.join(" ", command));
        try {
            Process p = new ProcessBuilder(command).inheritIO().start();
            int rc = p.waitFor();
            if (rc != 0) {
                throw new BuildException(command.get(0) + " exited with " + rc);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildException("interrupted");
        }
    }

    private String required(String name) {
        String v = args.get(name);
        if (v == null || v.isBlank()) {
            throw new BuildException("missing argument " + name);
        }
        return v;
    }

    private static String currentOs() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (name.contains("win")) {
            return "windows";
        }
        if (name.contains("mac")) {
            return "macos";
        }
        return "linux";
    }

    private static String arch() {
        String a = System.getProperty("os.arch");
        return a.equals("amd64") || a.equals("x86_64") ? "x64" : a;
    }

    private static String moduleName(Path jar) {
        return ModuleFinder.of(jar).findAll().iterator().next().descriptor().name();
    }

    private static boolean isNativeLibrary(String entry) {
        return !entry.contains("/") && (entry.endsWith(".so") || entry.endsWith(".dll") || entry.endsWith(".dylib"));
    }

    private static List<Path> jars(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new BuildException("no directory " + dir);
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().collect(Collectors.toList());
        }
    }

    private static List<String> names(List<Path> paths) {
        return paths.stream().map(p -> p.getFileName().toString()).collect(Collectors.toList());
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long treeSize(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .mapToLong(BuildInstaller::size).sum();
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static String quote(String s) {
        return s.contains(" ") ? "'" + s + "'" : s;
    }

    private static String indent(String text) {
        return text.lines().map(l -> "    " + l).collect(Collectors.joining("\n", "", "\n"));
    }

    private static final long T0 = System.nanoTime();

    static void log(String message) {
        System.out.printf(Locale.ROOT, "[installer %5.1fs] %s%n", (System.nanoTime() - T0) / 1e9, message);
    }

    static final class BuildException extends RuntimeException {
        BuildException(String message) {
            super(message);
        }
    }
}

/**
 * The app image's ahead-of-time caches (JEP 483 class loading and linking, JEP 514 one-step
 * {@code -XX:AOTCacheOutput}, JEP 515 method profiles), made by training runs of the app image itself with
 * its own runtime, class path and JVM options (read from the launcher's cfg):
 * <ul>
 *   <li>{@code token-refresher.aot}, the window's: a real run of the window (app.startup.WindowTraining:
 *       shown, a refresh against a loopback responder, the claims and response tabs, the profile editor,
 *       closed). It needs a display: the build's own, else (Linux) an Xvfb started for it; without either,
 *       the headless class-loading run {@code --train-startup-archive window} stands in for it.</li>
 *   <li>{@code token-refresher-cli.aot}, the command line's: {@code --train-startup-archive cli} (refreshes
 *       against a loopback responder, decode).</li>
 * </ul>
 * Made here and shipped: a JDK 25 cache records the class path relative to where it was made, so it still
 * applies when the image is installed elsewhere (measured: packaging/README.md), as long as every jar has
 * the size and modification time it had in training. Installers do not keep modification times (jpackage
 * copies the image for the .deb), so the jars' times are set to one value before training, written to
 * {@value #JAR_MTIME_FILE}, and set again by the .deb's postinst. The app's profile folder of these runs
 * is a throw-away folder under the build's work directory.
 */
final class AotTraining {
    static final String WINDOW_CACHE = "token-refresher.aot";
    static final String CLI_CACHE = "token-refresher-cli.aot";
    static final String JAR_MTIME_FILE = "aot-jar-mtime";
    private static final String MAIN = "io.tokenrefresher.app.Main";
    private static final long LIMIT_SECONDS = 300;

    private final Path image;
    private final String os;
    private final Path work;

    AotTraining(Path image, String os, Path work) {
        this.image = image;
        this.os = os;
        this.work = work;
    }

    void run() throws IOException {
        Path appDir = image.resolve(os.equals("windows") ? "app" : os.equals("macos") ? "Contents/app" : "lib/app");
        Path java = image.resolve(os.equals("windows") ? "runtime/bin/java.exe"
                : os.equals("macos") ? "Contents/runtime/Contents/Home/bin/java" : "lib/runtime/bin/java");
        List<String> classPath = new ArrayList<>();
        List<String> command = new ArrayList<>(List.of(java.toString()));
        for (String line : Files.readAllLines(appDir.resolve("token-refresher.cfg"), StandardCharsets.UTF_8)) {
            String value = line.substring(line.indexOf('=') + 1).replace("$APPDIR", appDir.toString());
            if (line.startsWith("app.classpath=")) {
                classPath.add(value);
            } else if (line.startsWith("java-options=") && !value.startsWith("-XX:AOTCache")
                    && !value.startsWith("-Xlog")) {
                command.add(value);
            }
        }
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath)));
        pinJarTimes(appDir);
        Path home = Files.createDirectories(work.resolve("training-home"));

        train(appDir.resolve(CLI_CACHE), command, List.of(MAIN, "--train-startup-archive", "cli"), null, home);
        Process xvfb = null;
        String display = System.getenv("DISPLAY");
        try {
            if (os.equals("linux") && (display == null || display.isBlank())) {
                display = ":" + (100 + new Random().nextInt(100));
                xvfb = startXvfb(display);
            }
            if (os.equals("linux") && xvfb == null && (System.getenv("DISPLAY") == null
                    || System.getenv("DISPLAY").isBlank())) {
                BuildInstaller.log("no display and no Xvfb: the window's cache is trained without showing it"
                        + " (install xvfb for the real run)");
                train(appDir.resolve(WINDOW_CACHE), command, List.of(MAIN, "--train-startup-archive", "window"),
                        null, home);
            } else {
                train(appDir.resolve(WINDOW_CACHE), command,
                        List.of("-Dtokenrefresher.train=window", MAIN), display, home);
            }
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
    }

    /** Every jar of the class path to one modification time (whole seconds), kept in JAR_MTIME_FILE. */
    private static void pinJarTimes(Path appDir) throws IOException {
        long seconds = System.currentTimeMillis() / 1000;
        try (Stream<Path> jars = Files.list(appDir)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).collect(Collectors.toList())) {
                Files.setLastModifiedTime(jar, FileTime.from(seconds,
                        TimeUnit.SECONDS));
            }
        }
        Files.writeString(appDir.resolve(JAR_MTIME_FILE), seconds + "\n", StandardCharsets.US_ASCII);
    }

    private void train(Path cache, List<String> jvm, List<String> main, String display, Path home)
            throws IOException {
        List<String> command = new ArrayList<>(jvm);
        command.add("-XX:AOTCacheOutput=" + cache);
        command.addAll(main);
        Path log = work.resolve("training-" + cache.getFileName() + ".log");
        BuildInstaller.log("AOT training: " + String.join(" ", main) + (display == null ? "" : " on " + display)
                + " -> " + cache.getFileName() + " (log " + log + ")");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("TOKEN_REFRESHER_HOME", home.toString());
        if (display != null) {
            pb.environment().put("DISPLAY", display);
        }
        long start = System.nanoTime();
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new BuildInstaller.BuildException("the AOT training run did not end within " + LIMIT_SECONDS
                        + " s: " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildInstaller.BuildException("interrupted");
        }
        if (!Files.isRegularFile(cache) || Files.size(cache) == 0) {
            throw new BuildInstaller.BuildException("the AOT training run made no cache " + cache + ":\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        BuildInstaller.log(String.format(Locale.ROOT, "AOT cache %s: %.1f MB in %.0f s", cache.getFileName(),
                Files.size(cache) / 1e6, (System.nanoTime() - start) / 1e9));
    }

    /** An Xvfb on {@code display} for the window's training run, or null when there is none to start. */
    private Process startXvfb(String display) throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path xvfb = Path.of(dir, "Xvfb");
            if (Files.isExecutable(xvfb)) {
                Process p = new ProcessBuilder(xvfb.toString(), display, "-screen", "0", "1366x768x24", "-nolisten",
                        "tcp").redirectErrorStream(true).redirectOutput(work.resolve("xvfb.log").toFile()).start();
                Path socket = Path.of("/tmp/.X11-unix/X" + display.substring(1));
                for (int i = 0; i < 100 && !Files.exists(socket) && p.isAlive(); i++) {
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
                if (p.isAlive() && Files.exists(socket)) {
                    return p;
                }
                p.destroy();
                return null;
            }
        }
        return null;
    }
}
