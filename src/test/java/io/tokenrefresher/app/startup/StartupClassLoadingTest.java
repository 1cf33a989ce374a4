package io.tokenrefresher.app.startup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenrefresher.app.Main;
import io.tokenrefresher.testing.ChildJvm;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;

/** The list of classes the window's training run loads into the start-up archive. */
class StartupClassLoadingTest {
    private final List<String> names = StartupClassLoading.classNames(ChildJvm.testClassPath());

    /** Named through class literals, so a class renamed or moved cannot leave a stale name passing here. */
    @Test
    void findsTheClassesOfJavaFxTheAppAndItsLibraries() {
        assertThat(names).contains(TextArea.class.getName(), Main.class.getName(), ObjectMapper.class.getName());
        assertThat(names).noneMatch(n -> n.endsWith("module-info") || n.endsWith("package-info")
                || n.startsWith("META-INF"));
    }

    /**
     * Every name is one a class loader finds, and each of the app's classes loads (without being
     * initialised, as in the training run). A class of a library may still fail to link for want of an
     * optional dependency (JUnit's Kotlin helpers, AssertJ's JUnit 4 rules on the test class path): that
     * is a {@link NoClassDefFoundError} for the other class, never a {@link ClassNotFoundException} for
     * the listed name itself.
     */
    @Test
    void namesOnlyClassesThatExistAndLoad() {
        ClassLoader loader = StartupClassLoadingTest.class.getClassLoader();
        List<String> notFound = new ArrayList<>();
        List<String> appClassesNotLoaded = new ArrayList<>();
        for (String name : names) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException e) {
                notFound.add(name);
            } catch (LinkageError e) {
                if (name.startsWith("io.tokenrefresher.")) {
                    appClassesNotLoaded.add(name + ": " + e);
                }
            }
        }

        assertThat(notFound).isEmpty();
        assertThat(appClassesNotLoaded).isEmpty();
    }
}
