package io.tokenrefresher.app.startup;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The installer's fallback training run for the window's AOT cache where the build has no display (and
 * no Xvfb) for {@link WindowTraining}, the real window run: loads, without initialising, every class of
 * the JavaFX modules and of the class path, so the cache holds what the window needs too (the 1.0.0
 * install-time AppCDS training worked so). The cache keeps every class that was loaded and links. Nothing is initialised: no static initialiser runs, so
 * no toolkit is needed. Measured on the fat jar with the launcher's options: first frame 1.72 s
 * without such an archive, 1.19 s with one.
 */
final class StartupClassLoading {
    private StartupClassLoading() {
    }

    /** Returns how many classes were loaded. */
    static int loadAll() {
        ClassLoader loader = StartupClassLoading.class.getClassLoader();
        int loaded = 0;
        for (String name : classNames(System.getProperty("java.class.path", ""))) {
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (Throwable e) {
                // another OS's classes, optional dependencies: not needed here, and not archived
            }
        }
        return loaded;
    }

    static List<String> classNames(String classPath) {
        List<String> names = new ArrayList<>();
        // JavaFX as modules of the runtime (the installed app's jlinked image)
        for (Module module : ModuleLayer.boot().modules()) {
            if (module.getName().startsWith("javafx.")) {
                names.addAll(moduleClasses(module.getName()));
            }
        }
        // the class path: the app, its libraries, and JavaFX when it is packed in (the portable jar)
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                names.addAll(jarClasses(Path.of(entry)));
            } else if (!entry.isBlank() && Files.isDirectory(Path.of(entry))) {
                names.addAll(directoryClasses(Path.of(entry)));
            }
        }
        return names;
    }

    private static List<String> moduleClasses(String module) {
        try {
            FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
            Path root = jrt.getPath("/modules", module);
            try (Stream<Path> files = Files.walk(root)) {
                return files.map(p -> root.relativize(p).toString())
                        .filter(StartupClassLoading::isClassFile).map(StartupClassLoading::className).toList();
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static List<String> directoryClasses(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(p -> root.relativize(p).toString().replace(File.separatorChar, '/'))
                    .filter(StartupClassLoading::isClassFile).map(StartupClassLoading::className).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static List<String> jarClasses(Path jar) {
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (isClassFile(name) && !name.startsWith("META-INF/")) {
                    names.add(className(name));
                }
            }
        } catch (IOException e) {
            // an unreadable jar is simply not trained
        }
        return names;
    }

    private static boolean isClassFile(String path) {
        return path.endsWith(".class") && !path.endsWith("module-info.class") && !path.endsWith("package-info.class");
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }
}
