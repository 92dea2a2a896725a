package org.creddesk.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.PaletteItem;
import org.creddesk.ui.common.Screen;
import org.creddesk.ui.common.ScreenEntry;
import org.creddesk.ui.common.ShellCommand;

/**
 * Every command of the window in one list — the screens' own plus Save, Find, palette, sample data — turned into
 * the File menu (with shortcuts), the Go menu and the palette's command lines.
 */
final class ShellCommands {
    private final Messages messages;
    private final Map<ScreenEntry, Screen> screens;
    private final Consumer<Screen> showScreen;
    private final List<ShellCommand> windowCommands;
    private Consumer<ScreenEntry> navigate = e -> { };

    ShellCommands(Messages messages, Map<ScreenEntry, Screen> screens, Consumer<Screen> showScreen,
                  List<ShellCommand> windowCommands) {
        this.messages = messages;
        this.screens = screens;
        this.showScreen = showScreen;
        this.windowCommands = windowCommands;
    }

    /** A screen's commands first show that screen, so Ctrl+N works from anywhere. */
    List<ShellCommand> all() {
        List<ShellCommand> all = new ArrayList<>();
        screens.values().forEach(s -> s.commands().forEach(c -> all.add(new ShellCommand(c.label(), c.shortcut(),
                () -> {
                    showScreen.accept(s);
                    c.action().run();
                }))));
        all.addAll(windowCommands);
        return all;
    }

    void fillFileMenu(Menu file, Runnable quit) {
        for (ShellCommand c : all()) {
            MenuItem item = new MenuItem(c.label());
            item.setAccelerator(c.shortcut());
            item.setOnAction(e -> c.action().run());
            file.getItems().add(item);
        }
        MenuItem quitItem = new MenuItem(messages.text("shell.command.quit"));
        quitItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quitItem.setOnAction(e -> quit.run());
        file.getItems().addAll(new SeparatorMenuItem(), quitItem);
    }

    /** Go menu: Ctrl+1, Ctrl+2... for the navigation entries in order. */
    void fillGoMenu(Menu go, Consumer<ScreenEntry> select) {
        navigate = select;
        int n = 1;
        for (ScreenEntry entry : screens.keySet()) {
            MenuItem item = new MenuItem(messages.text(entry.titleKey()));
            item.setAccelerator(goShortcut(n++)); // only Ctrl+1..Ctrl+9 exist: later screens have none
            item.setOnAction(e -> select.accept(entry));
            go.getItems().add(item);
        }
    }

    private static KeyCombination goShortcut(int n) {
        return n <= 9 ? KeyCombination.keyCombination("Shortcut+" + n) : null;
    }

    /** The palette lists every command but itself, then "Go to" each screen (with its Ctrl+n). */
    List<PaletteItem> forPalette() {
        String palette = messages.text("shell.command.palette");
        List<PaletteItem> items = new ArrayList<>(all().stream().filter(c -> !c.label().equals(palette))
                .map(c -> new PaletteItem(c.label(), c.shortcut() == null ? "" : c.shortcut().getDisplayText(),
                        c.action())).toList());
        int n = 1;
        for (ScreenEntry entry : screens.keySet()) {
            items.add(new PaletteItem(messages.text("shell.command.goto", messages.text(entry.titleKey())),
                    goShortcut(n) == null ? "" : goShortcut(n).getDisplayText(), () -> navigate.accept(entry)));
            n++;
        }
        return items;
    }

    /** Quick-jump results from every screen (off the FX thread); choosing one first shows its screen. */
    List<PaletteItem> find(String text) {
        List<PaletteItem> found = new ArrayList<>();
        screens.values().forEach(s -> s.find(text).forEach(i -> found.add(new PaletteItem(i.label(), i.detail(),
                () -> {
                    showScreen.accept(s);
                    i.action().run();
                }))));
        return found;
    }
}
