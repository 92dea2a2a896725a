package org.creddesk.ui.common;

import java.util.function.Function;

/** A navigation entry: its bundle key and how to build its screen for a window. */
public record ScreenEntry(String titleKey, Function<UiContext, Screen> factory) {
}
