package org.creddesk.ui.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.creddesk.ui.common.Navigation;
import org.creddesk.ui.common.Screen;
import org.creddesk.ui.common.ScreenEntry;
import org.creddesk.ui.common.ShellCommand;
import org.creddesk.ui.common.UiContext;

/** The main window: navigation, the current screen, menus, shortcuts, status bar and the command palette. */
public final class ShellView {
    private final UiContext ui;
    private final Map<ScreenEntry, Screen> screens = new LinkedHashMap<>();
    private final SampleDataOffer sampleData;
    /** F9 and the status bar's sync state. */
    private final org.creddesk.ui.sync.TeamSyncViewModel teamSync;
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
    private Label syncState;
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
    @FXML
    private HBox windowNotice;
    @FXML
    private Label windowNoticeText;
    @FXML
    private Hyperlink windowNoticeLink;

    public ShellView(UiContext ui, List<ScreenEntry> entries) {
        this.ui = ui;
        this.teamSync = new org.creddesk.ui.sync.TeamSyncViewModel(ui.app().sync(), ui.tasks(), ui.messages(),
                ui.status().syncStateProperty());
        entries.forEach(e -> screens.put(e, e.factory().apply(ui)));
        Screen providers = screens.values().stream().filter(Navigation.ProviderTarget.class::isInstance)
                .findFirst().orElse(null);
        ui.navigation().connect((id, section) -> {
            if (providers != null) {
                Screen from = current;
                showScreen(providers);
                ((Navigation.ProviderTarget) providers).openProvider(id, section);
                // Escape in the file returns to the list the person came from (the deadlines, the board...)
                ui.navigation().returnTo(from == null || from == providers ? null : () -> {
                    showScreen(from);
                    focusMain();
                });
            }
        }, screen -> {
            showScreen(screen);
            focusMain();
        });
        screens.values().stream().filter(Navigation.EnrollmentTarget.class::isInstance).findFirst()
                .ifPresent(board -> ui.navigation().connectEnrollments(id -> {
                    showScreen(board);
                    ((Navigation.EnrollmentTarget) board).showEnrollment(id);
                }));
        this.sampleData = new SampleDataOffer(ui, () -> current.activate(), () -> root.getScene().getWindow());
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
        // arrows in the navigation move through screens; a click or Enter goes into the screen's main list
        navigation.setOnMouseClicked(e -> focusMain());
        navigation.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                focusMain();
            }
        });
        ShellCommands commands = new ShellCommands(ui.messages(), screens, this::showScreen, List.of(
                new ShellCommand(ui.messages().text("shell.command.save"), KeyCombination.keyCombination("Shortcut+S"),
                        () -> current.save()),
                new ShellCommand(ui.messages().text("shell.command.find"), KeyCombination.keyCombination("Shortcut+F"),
                        () -> current.focusSearch()),
                new ShellCommand(ui.messages().text("shell.command.palette"),
                        KeyCombination.keyCombination("Shortcut+K"), this::openPalette),
                new ShellCommand(ui.messages().text("shell.command.sample"), null, sampleData::load),
                new ShellCommand(ui.messages().text("shell.command.syncNow"), KeyCombination.keyCombination("F9"),
                        teamSync::syncNow)));
        commands.fillFileMenu(fileMenu, () -> root.getScene().getWindow().hide());
        commands.fillGoMenu(goMenu, entry -> {
            navigation.getSelectionModel().select(entry);
            focusMain();
        });
        bindStatus();
        bindNotice();
        palette = new CommandPaletteView(new CommandPaletteViewModel(ui.tasks(), ui.debouncers().create(),
                commands::forPalette, commands::find), this::closePalette);
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
        ui.navigation().returnTo(null); // going somewhere by hand forgets the way back
        content.getChildren().setAll(current.view());
        current.activate();
    }

    /** After the layout pass, so the screen's list is in the scene and visible. */
    private void focusMain() {
        Screen shown = current;
        Platform.runLater(() -> {
            if (shown != null && shown == current) {
                shown.focusMain();
            }
        });
    }

    private void showScreen(Screen screen) {
        screens.forEach((entry, s) -> {
            if (s == screen) {
                navigation.getSelectionModel().select(entry);
            }
        });
    }

    private void bindStatus() {
        syncState.textProperty().bind(ui.status().syncStateProperty());
        providerCount.textProperty().bind(Bindings.createStringBinding(() -> ui.messages().text(
                "shell.status.providers", ui.status().providerCountProperty().get()), ui.status().providerCountProperty()));
        databaseName.textProperty().bind(Bindings.createStringBinding(() -> ui.messages().text(
                "shell.status.database", ui.status().databaseNameProperty().get()), ui.status().databaseNameProperty()));
        taskBox.visibleProperty().bind(ui.tasks().status().runningProperty());
        taskTitle.textProperty().bind(Bindings.concat(ui.tasks().status().titleProperty(), " ",
                ui.tasks().status().messageProperty()));
        taskProgress.progressProperty().bind(ui.tasks().status().progressProperty());
    }

    private void bindNotice() {
        windowNoticeText.textProperty().bind(ui.notice().textProperty());
        windowNoticeLink.textProperty().bind(ui.notice().linkTextProperty());
        windowNotice.visibleProperty().bind(ui.notice().textProperty().isNotEmpty());
        windowNotice.managedProperty().bind(windowNotice.visibleProperty());
    }

    @FXML
    private void followNotice() {
        ui.notice().follow();
    }

    @FXML
    private void dismissNotice() {
        ui.notice().dismiss();
        content.requestFocus();
    }

    @FXML
    private void cancelTask() {
        ui.tasks().status().cancel();
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
        sampleData.offerIfEmpty();
    }
}
