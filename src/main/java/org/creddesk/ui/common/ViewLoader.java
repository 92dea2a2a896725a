package org.creddesk.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads an FXML view whose controller is built by the caller (constructor injection from AppContext), so views
 * never reach for static singletons.
 */
public final class ViewLoader {
    private final Messages messages;

    public ViewLoader(Messages messages) {
        this.messages = messages;
    }

    /** The loaded view; its controller is the one given, found by its class. */
    public <C> Parent load(String fxml, C controller) {
        URL url = controller.getClass().getResource(fxml);
        if (url == null) {
            throw new IllegalStateException("Missing view " + fxml);
        }
        Map<Class<?>, Supplier<Object>> factory = Map.of(controller.getClass(), () -> controller);
        FXMLLoader loader = new FXMLLoader(url, messages.bundle());
        loader.setControllerFactory(type -> {
            Supplier<Object> supplier = factory.get(type);
            if (supplier == null) {
                throw new IllegalStateException("No controller for " + type.getName());
            }
            return supplier.get();
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load view " + fxml, e);
        }
    }
}
