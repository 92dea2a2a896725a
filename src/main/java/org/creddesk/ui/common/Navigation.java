package org.creddesk.ui.common;

/**
 * How one screen sends the person to another place of the same window (a deadline to its provider, a notice to
 * the dashboard). The shell connects it once its screens exist; until then it goes nowhere.
 */
public final class Navigation {
    /** A screen that can open one provider's workspace at one of its sections. */
    @FunctionalInterface
    public interface ProviderTarget {
        void openProvider(String providerId, String sectionKey);
    }

    /** Shows a screen of the window. */
    @FunctionalInterface
    public interface ScreenShower {
        void show(Screen screen);
    }

    private ProviderTarget providers = (id, section) -> { };
    private ScreenShower screens = screen -> { };

    public void connect(ProviderTarget providerTarget, ScreenShower screenShower) {
        this.providers = providerTarget;
        this.screens = screenShower;
    }

    /** Opens a provider's workspace at a section (a {@code providers.section.*} key; null for the first one). */
    public void openProvider(String providerId, String sectionKey) {
        providers.openProvider(providerId, sectionKey);
    }

    public void show(Screen screen) {
        screens.show(screen);
    }
}
