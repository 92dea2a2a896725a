package org.creddesk.ui.common;

import org.creddesk.app.AppContext;

/**
 * What every screen of one window is built from: the application services plus the window's task runner,
 * texts, error dialog, file dialogs, status bar, the way to another screen and the window's notice. Passed by
 * constructor, never held statically.
 */
public record UiContext(AppContext app, Messages messages, TaskRunner tasks, ErrorDialog errors, ViewLoader views,
                        DesktopFiles files, StatusBarModel status, Debouncer.Factory debouncers,
                        Navigation navigation, WindowNotice notice) {
}
