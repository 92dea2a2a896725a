package org.creddesk.ui.settings;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.creddesk.ui.common.Screen;
import org.creddesk.ui.common.UiContext;

/** The Settings place: the deadline rules' numbers, the checklist templates, the team server. */
public final class SettingsScreen implements Screen {
    private final DeadlineSettingsViewModel deadlineSettings;
    private final TemplateEditorViewModel templates;
    private final TemplateCatalogViewModel catalog;
    private final org.creddesk.ui.sync.TeamSyncViewModel teamSync;
    private final StageSettingsViewModel stageSettings;
    private final TabPane view = new TabPane();

    public SettingsScreen(UiContext ui) {
        deadlineSettings = new DeadlineSettingsViewModel(ui.app().deadlines(), ui.app().manualChange(), ui.tasks(),
                ui.messages());
        templates = new TemplateEditorViewModel(ui.app().checklists(), ui.app().manualChange(), ui.tasks(),
                ui.messages());
        catalog = new TemplateCatalogViewModel(ui.app().checklistTemplates(), templates, ui.app().manualChange(),
                ui.tasks(), ui.messages());
        teamSync = new org.creddesk.ui.sync.TeamSyncViewModel(ui.app().sync(), ui.tasks(), ui.messages(),
                ui.status().syncStateProperty());
        stageSettings = new StageSettingsViewModel(ui.app().lifecycle(), ui.app().manualChange(), ui.tasks(),
                ui.messages());
        view.setId("settingsTabs");
        view.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        view.getTabs().addAll(tab(ui.messages().text("settings.tab.deadlines"),
                        new DeadlineSettingsPane(deadlineSettings, ui.messages())),
                tab(ui.messages().text("settings.tab.templates"), new TemplateEditorPane(templates, catalog,
                        ui.messages())),
                tab(ui.messages().text("settings.tab.stages"), new StageSettingsPane(stageSettings, ui.messages())),
                tab(ui.messages().text("settings.tab.team"), new org.creddesk.ui.sync.TeamServerPane(teamSync,
                        ui.messages())));
    }

    private static Tab tab(String title, Node content) {
        ScrollPane scroller = new ScrollPane(content);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("section-scroller");
        return new Tab(title, scroller);
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void activate() {
        deadlineSettings.load();
        stageSettings.load();
        templates.load();
        catalog.load();
        teamSync.refresh();
    }
}
