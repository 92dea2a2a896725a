package org.creddesk.ui.packet;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.creddesk.domain.ProviderSummary;
import org.creddesk.store.ProviderSort;
import org.creddesk.ui.common.PaletteItem;
import org.creddesk.ui.common.Screen;
import org.creddesk.ui.common.UiContext;

/** The Packets place: make, keep, print and save packets; and the payer form mapping editor beside it. */
public final class PacketScreen implements Screen {
    private static final int PALETTE_MATCHES = 5;
    private final UiContext ui;
    private final PacketViewModel packets;
    private final FormMappingViewModel mappings;
    private final TabPane root = new TabPane();
    private final Tab packetTab;

    public PacketScreen(UiContext ui) {
        this.ui = ui;
        var app = ui.app();
        packets = new PacketViewModel(app.packets(), app.providers(), app.manualChange(), ui.tasks(), ui.messages(),
                ui.files());
        mappings = new FormMappingViewModel(app.payerForms(), app.manualChange(), ui.tasks(), ui.messages(), ui.files());
        packetTab = new Tab(ui.messages().text("packet.tab.packets"),
                ui.views().load("PacketView.fxml", new PacketView(packets, ui.messages())));
        Tab formsTab = new Tab(ui.messages().text("packet.tab.forms"),
                ui.views().load("FormMappingView.fxml", new FormMappingView(mappings)));
        packetTab.setClosable(false);
        formsTab.setClosable(false);
        root.setId("packetTabs");
        root.getTabs().setAll(packetTab, formsTab);
        // A mapping saved on the other tab is a template this one offers: reload the names on coming back.
        packetTab.setOnSelectionChanged(e -> {
            if (packetTab.isSelected()) {
                packets.activate();
            }
        });
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void activate() {
        packets.activate();
        mappings.refresh();
    }

    @Override
    public List<PaletteItem> find(String text) {
        List<ProviderSummary> found = ui.app().providers().search(text, false, ProviderSort.NAME, 0, PALETTE_MATCHES);
        return found.stream().map(s -> new PaletteItem(s.lastName() + ", " + s.firstName(),
                ui.messages().text("packet.palette.detail", s.npi()), () -> {
                    root.getSelectionModel().select(packetTab);
                    packets.choose(s);
                })).toList();
    }
}
