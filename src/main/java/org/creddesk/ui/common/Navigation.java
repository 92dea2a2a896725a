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

    /** A screen that can show one enrollment (the Enrollments board selects its card). */
    @FunctionalInterface
    public interface EnrollmentTarget {
        void showEnrollment(String enrollmentId);
    }

    private EnrollmentTarget enrollments = id -> { };
    private ProviderTarget providers = (id, section) -> { };
    private ScreenShower screens = screen -> { };
    private Runnable back;

    public void connect(ProviderTarget providerTarget, ScreenShower screenShower) {
        this.providers = providerTarget;
        this.screens = screenShower;
    }

    /** Opens a provider's workspace at a section (a {@code providers.section.*} key; null for the first one). */
    public void openProvider(String providerId, String sectionKey) {
        providers.openProvider(providerId, sectionKey);
    }

    /** Connected by the shell when a screen is an {@link EnrollmentTarget}. */
    public void connectEnrollments(EnrollmentTarget enrollmentTarget) {
        this.enrollments = enrollmentTarget;
    }

    /** Goes to an enrollment on the board. */
    public void openEnrollment(String enrollmentId) {
        enrollments.showEnrollment(enrollmentId);
    }

    public void show(Screen screen) {
        screens.show(screen);
    }

    /** Set by the shell when a provider was opened from another screen: Escape there returns to it. */
    public void returnTo(Runnable goBack) {
        this.back = goBack;
    }

    /** Goes back to the screen the person came from, once; false when they came from nowhere else. */
    public boolean goBack() {
        Runnable go = back;
        back = null;
        if (go == null) {
            return false;
        }
        go.run();
        return true;
    }
}
