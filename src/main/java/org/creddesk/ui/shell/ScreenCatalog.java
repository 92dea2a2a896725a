package org.creddesk.ui.shell;

import java.util.List;
import org.creddesk.ui.adequacy.AdequacyScreen;
import org.creddesk.ui.common.ScreenEntry;
import org.creddesk.ui.deadlines.DeadlinesScreen;
import org.creddesk.ui.enrollments.EnrollmentsScreen;
import org.creddesk.ui.monitoring.ScreeningScreen;
import org.creddesk.ui.network.NetworkScreen;
import org.creddesk.ui.packet.PacketScreen;
import org.creddesk.ui.providers.ProvidersScreen;
import org.creddesk.ui.roster.RosterExportScreen;
import org.creddesk.ui.roster.RosterImportScreen;
import org.creddesk.ui.settings.SettingsScreen;
import org.creddesk.ui.sync.SyncConflictsScreen;

/**
 * The left navigation, in order. A feature adds its screen with one line here: a {@code ScreenEntry} with its
 * bundle key (shell.nav.deadlines, defined in messages.properties) and its screen's constructor, which takes the
 * window's {@code UiContext}. Only screens that exist are listed: no disabled "coming later" entries.
 */
public final class ScreenCatalog {
    private ScreenCatalog() {
    }

    public static List<ScreenEntry> entries() {
        return List.of(
                new ScreenEntry("shell.nav.providers", ProvidersScreen::new),
                new ScreenEntry("shell.nav.deadlines", DeadlinesScreen::new),
                new ScreenEntry("shell.nav.enrollments", EnrollmentsScreen::new),
                new ScreenEntry("shell.nav.roster", RosterImportScreen::new),
                new ScreenEntry("shell.nav.rosterExport", RosterExportScreen::new),
                new ScreenEntry("shell.nav.screening", ScreeningScreen::new),
                new ScreenEntry("shell.nav.packets", PacketScreen::new),
                new ScreenEntry("shell.nav.settings", SettingsScreen::new),
                new ScreenEntry("shell.nav.syncConflicts", SyncConflictsScreen::new),
                new ScreenEntry("shell.nav.pipeline", org.creddesk.ui.pipeline.PipelineScreen::new),
                new ScreenEntry("shell.nav.network", NetworkScreen::new),
                new ScreenEntry("shell.nav.adequacy", AdequacyScreen::new));
    }
}
