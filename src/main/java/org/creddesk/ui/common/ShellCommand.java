package org.creddesk.ui.common;

import javafx.scene.input.KeyCombination;

/** An action with a label, an optional shortcut, and what it does (run on the FX thread). */
public record ShellCommand(String label, KeyCombination shortcut, Runnable action) {
}
