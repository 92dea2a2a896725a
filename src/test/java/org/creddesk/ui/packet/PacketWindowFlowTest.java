package org.creddesk.ui.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.packet.PacketPart;
import org.creddesk.domain.packet.PacketSnapshot;
import org.creddesk.domain.packet.PacketTemplate;
import org.creddesk.domain.packet.PartKind;
import org.creddesk.ui.common.ScriptedDesktopFiles;
import org.creddesk.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window: map a payer form's fields, then produce a packet with that form filled in. */
@ExtendWith(ApplicationExtension.class)
class PacketWindowFlowTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:15:30Z"), ZoneOffset.UTC);
    static final String NAME_FIELD = "topmostSubform[0].Page1[0].f1_1[0]";
    static final String NPI = "1871979757"; // "Nguyễn, Tariq" in the fictitious sample
    @TempDir
    Path dir;
    AppContext app;
    Stage stage;
    ScriptedDesktopFiles files = new ScriptedDesktopFiles();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = AppContext.open(dir.resolve("creddesk.db"), CLOCK);
        app.sampleData().load(null);
        MainWindow.show(stage, app, files);
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.close());
        app.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void mapAFormThenProduceAPacketWithIt(FxRobot robot) throws Exception {
        ListView<?> navigation = robot.lookup(".navigation").queryListView();
        // by its key, not its position: the navigation order changes as features add screens
        robot.interact(() -> navigation.getItems().stream()
                .filter(e -> ((org.creddesk.ui.common.ScreenEntry) e).titleKey().equals("shell.nav.packets"))
                .findFirst().ifPresent(e -> ((ListView<Object>) navigation).getSelectionModel().select(e)));
        waitUntil(() -> robot.lookup("#packetTabs").tryQuery().isPresent());

        robot.clickOn("Form mappings");
        fill(robot, "#mappingFormName", "IRS W-9");
        Path w9 = dir.resolve("fw9.pdf");
        try (InputStream in = getClass().getResourceAsStream("/packet/irs_fw9_rev2018-10_acroform_plus_xfa.pdf")) {
            Files.copy(in, w9);
        }
        files.choose(w9);
        robot.clickOn("#mappingImport");
        TableView<?> rows = robot.lookup("#mappingRows").queryAs(TableView.class);
        waitUntil(() -> rows.getItems().size() == 22);
        MappingRow name = rows.getItems().stream().map(MappingRow.class::cast)
                .filter(r -> r.field().name().equals(NAME_FIELD)).findFirst().orElseThrow();
        robot.interact(() -> name.templateProperty().set("{lastName}, {firstName}"));
        robot.clickOn("#mappingSave");
        Label mappingNotice = robot.lookup("#mappingNotice").queryAs(Label.class);
        waitUntil(() -> mappingNotice.getText().startsWith("Mapping version 1 saved"));

        app.packets().saveTemplate(new PacketTemplate("W-9 packet", null, List.of(PacketPart.of(PartKind.COVER),
                PacketPart.of(PartKind.PROFILE), new PacketPart(PartKind.FORMS, null, null, false, List.of("IRS W-9")),
                PacketPart.of(PartKind.ATTESTATION))), app.manualChange());
        javafx.scene.control.TabPane tabs = robot.lookup("#packetTabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(0)); // "Packets" is also the navigation entry's text
        fill(robot, "#packetProviderQuery", NPI);
        robot.type(javafx.scene.input.KeyCode.ENTER); // the query field has the focus
        ComboBox<?> provider = robot.lookup("#packetProvider").queryComboBox();
        waitUntil(() -> provider.getValue() != null);
        ComboBox<String> template = robot.lookup("#packetTemplate").queryComboBox();
        // The mapping saved on the other tab is offered here as a template.
        waitUntil(() -> template.getItems().contains("W-9 packet"));
        robot.interact(() -> template.getSelectionModel().select("W-9 packet"));
        fill(robot, "#packetRecipient", "Acme Health");
        robot.clickOn("#packetCheck");
        Label notice = robot.lookup("#packetNotice").queryAs(Label.class);
        waitUntil(() -> notice.getText().contains("Pre-flight found nothing") || notice.getText().contains("to look at"));
        if (!robot.lookup("#packetIssues").queryListView().getItems().isEmpty()) {
            fill(robot, "#packetReason", "Renewal on file");
        }
        robot.clickOn("#packetProduce");
        waitUntil(() -> notice.getText().startsWith("Packet made and kept"));

        ProviderFile f = app.providers().findByNpi(NPI).orElseThrow();
        List<PacketSnapshot> kept = app.packets().snapshots(f.id());
        assertThat(kept).singleElement().satisfies(s -> assertThat(s.recipient()).isEqualTo("Acme Health"));
        try (PDDocument doc = Loader.loadPDF(app.packets().reprint(kept.get(0).id()))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Nguyễn, Tariq", "Request for Taxpayer");
        }
        TableView<?> snapshots = robot.lookup("#packetSnapshots").queryAs(TableView.class);
        waitUntil(() -> snapshots.getItems().size() == 1);
        org.creddesk.ui.Screenshots.write(stage, "packet-made.png");
    }

    private static void fill(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.setText(text);
        });
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
