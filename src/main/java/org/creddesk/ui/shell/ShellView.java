package org.creddesk.ui.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.creddesk.ui.common.PaletteItem;
import org.creddesk.ui.common.Screen;
import org.creddesk.ui.common.ScreenEntry;
import org.creddesk.ui.common.ShellCommand;
import org.creddesk.ui.common.UiContext;

/** The main window: navigation, the current screen, menus, shortcuts, status bar and the command palette. */
public final class ShellView {
    private final UiContext ui;
    private final Map<ScreenEntry, Screen> screens = new LinkedHashMap<>();
    private final SampleDataOffer sampleData;
    private Screen current;
    private CommandPaletteView palette;
    @FXML
    private StackPane root;
    @FXML
    private Menu fileMenu;
    @FXML
    private Menu goMenu;
    @FXML
    private ListView<ScreenEntry> navigation;
    @FXML
    private StackPane content;
    @FXML
    private Label providerCount;
    @FXML
    private Label databaseName;
    @FXML
    private Label taskTitle;
    @FXML
    private ProgressBar taskProgress;
    @FXML
    private Button cancelTask;
    @FXML
    private HBox taskBox;
    @FXML
    private StackPane paletteLayer;

    public ShellView(UiContext ui, List<ScreenEntry> entries) {
        this.ui = ui;
        entries.forEach(e -> screens.put(e, e.factory().apply(ui)));
        this.sampleData = new SampleDataOffer(ui, () -> current.activate());
    }

    @FXML
    private void initialize() {
        navigation.getItems().setAll(screens.keySet());
        navigation.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ScreenEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : ui.messages().text(item.titleKey()));
            }
        });
        navigation.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> show(now));
        buildMenus();
        bindStatus();
        palette = new CommandPaletteView(new CommandPaletteViewModel(ui.tasks(), ui.debouncers().create(),
                this::paletteCommands, this::findEverywhere), this::closePalette);
        Parent paletteView = ui.views().load("CommandPaletteView.fxml", palette);
        paletteLayer.getChildren().add(paletteView);
        paletteLayer.setOnMouseClicked(e -> {
            if (e.getTarget() == paletteLayer) {
                closePalette();
            }
        });
        navigation.getSelectionModel().selectFirst();
    }

    private void show(ScreenEntry entry) {
        if (entry == null || screens.get(entry) == current) {
            return;
        }
        if (current != null) {
            current.deactivate();
        }
        current = screens.get(entry);
        content.getChildren().setAll(current.view());
        current.activate();
    }

    private void showScreen(Screen screen) {
        screens.forEach((entry, s) -> {
            if (s == screen) {
                navigation.getSelectionModel().select(entry);
            }
        });
    }

    private List<ShellCommand> allCommands() {
        List<ShellCommand> all = new ArrayList<>();
        screens.values().forEach(s -> s.commands().forEach(c -> all.add(new ShellCommand(c.label(), c.shortcut(),
                () -> {
                    showScreen(s);
                    c.action().run();
                }))));
        all.add(new ShellCommand(ui.messages().text("shell.command.save"), KeyCombination.keyCombination("Shortcut+S"),
                () -> current.save()));
        all.add(new ShellCommand(ui.messages().text("shell.command.find"), KeyCombination.keyCombination("Shortcut+F"),
                () -> current.focusSearch()));
        all.add(new ShellCommand(ui.messages().text("shell.command.palette"),
                KeyCombination.keyCombination("Shortcut+K"), this::openPalette));
        all.add(new ShellCommand(ui.messages().text("shell.command.sample"), null, sampleData::load));
        return all;
    }

    private void buildMenus() {
        for (ShellCommand c : allCommands()) {
            MenuItem item = new MenuItem(c.label());
            item.setAccelerator(c.shortcut());
            item.setOnAction(e -> c.action().run());
            fileMenu.getItems().add(item);
        }
        MenuItem quit = new MenuItem(ui.messages().text("shell.command.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> root.getScene().getWindow().hide());
        fileMenu.getItems().addAll(new SeparatorMenuItem(), quit);
        int n = 1;
        for (ScreenEntry entry : screens.keySet()) {
            MenuItem go = new MenuItem(ui.messages().text(entry.titleKey()));
            go.setAccelerator(KeyCombination.keyCombination("Shortcut+" + n++));
            go.setOnAction(e -> navigation.getSelectionModel().select(entry));
            goMenu.getItems().add(go);
        }
    }

    private void bindStatus() {
        providerCount.textProperty().bind(Bindings.createStringBinding(() -> ui.messages().text(
                "shell.status.providers", ui.status().providerCountProperty().get()), ui.status().providerCountProperty()));
        databaseName.textProperty().bind(Bindings.createStringBinding(() -> ui.messages().text(
                "shell.status.database", ui.status().databaseNameProperty().get()), ui.status().databaseNameProperty()));
        taskBox.visibleProperty().bind(ui.tasks().status().runningProperty());
        taskTitle.textProperty().bind(Bindings.concat(ui.tasks().status().titleProperty(), " ",
                ui.tasks().status().messageProperty()));
        taskProgress.progressProperty().bind(ui.tasks().status().progressProperty());
    }

    @FXML
    private void cancelTask() {
        ui.tasks().status().cancel();
    }

    private List<PaletteItem> paletteCommands() {
        return allCommands().stream().filter(c -> c.action() != null && !c.label().equals(
                ui.messages().text("shell.command.palette")))
                .map(c -> new PaletteItem(c.label(), c.shortcut() == null ? "" : c.shortcut().getDisplayText(),
                        c.action())).toList();
    }

    /** Asks every screen for matches (off the FX thread); choosing one first shows that screen. */
    private List<PaletteItem> findEverywhere(String text) {
        List<PaletteItem> found = new ArrayList<>();
        screens.values().forEach(s -> s.find(text).forEach(i -> found.add(new PaletteItem(i.label(), i.detail(),
                () -> {
                    showScreen(s);
                    i.action().run();
                }))));
        return found;
    }

    public void openPalette() {
        paletteLayer.setVisible(true);
        palette.opened();
    }

    private void closePalette() {
        paletteLayer.setVisible(false);
        Platform.runLater(() -> content.requestFocus());
    }

    public void offerSampleData() {
        sampleData.offerIfEmpty(root.getScene().getWindow());
    }
}
