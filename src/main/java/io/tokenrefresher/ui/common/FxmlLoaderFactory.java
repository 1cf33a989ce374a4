package io.tokenrefresher.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads FXML views with controllers built by the caller (constructor injection), so controllers
 * never reach for singletons.
 */
public final class FxmlLoaderFactory {
    private final ResourceBundle bundle;
    private final Map<Class<?>, Supplier<?>> controllers;

    public FxmlLoaderFactory(ResourceBundle bundle, Map<Class<?>, Supplier<?>> controllers) {
        this.bundle = bundle;
        this.controllers = controllers;
    }

    public Parent load(FxmlView view) {
        FXMLLoader loader = new FXMLLoader(FxmlLoaderFactory.class.getResource(view.path()), bundle);
        loader.setControllerFactory(type -> {
            Supplier<?> supplier = controllers.get(type);
            if (supplier == null) {
                throw new IllegalStateException("no controller registered for " + type.getName());
            }
            return supplier.get();
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + view.path(), e);
        }
    }
}
