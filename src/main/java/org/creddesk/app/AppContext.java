package org.creddesk.app;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import org.creddesk.domain.ChangeContext;
import org.creddesk.monitoring.ScreeningService;
import org.creddesk.provider.DocumentService;
import org.creddesk.provider.ProviderService;
import org.creddesk.roster.RosterExporter;
import org.creddesk.roster.RosterImporter;
import org.creddesk.sample.SampleDataLoader;
import org.creddesk.store.BlobStore;
import org.creddesk.store.ChangeLog;
import org.creddesk.store.Database;
import org.creddesk.store.ExclusionRepository;
import org.creddesk.store.ProviderRepository;
import org.creddesk.store.ScreeningRepository;
import org.creddesk.store.RosterRepository;
import org.creddesk.store.SettingsRepository;

/** The composition root: builds every service once, by hand, for the window and the CLI alike. */
public final class AppContext implements AutoCloseable {
    private final Clock clock;
    private final Database database;
    private final ProviderRepository providerRepository;
    private final ChangeLog changeLog;
    private final BlobStore blobs;
    private final SettingsRepository settings;
    private final ProviderService providers;
    private final DocumentService documents;
    private final SampleDataLoader sampleData;
    private final ChangeContext manual;
    private final ScreeningService screening;
    private final RosterRepository rosterRepository;
    private final RosterImporter rosterImporter;
    private final RosterExporter rosterExporter;

    private AppContext(Path dbFile, Clock clock) {
        this.clock = clock;
        this.database = Database.open(dbFile, clock);
        this.providerRepository = new ProviderRepository(database);
        this.changeLog = new ChangeLog(database);
        this.blobs = new BlobStore(database.folder());
        this.settings = new SettingsRepository(database);
        this.providers = new ProviderService(providerRepository, changeLog, clock);
        this.documents = new DocumentService(blobs, providerRepository, providers);
        this.manual = ChangeContext.manual(System.getProperty("user.name", "unknown"), deviceName());
        this.sampleData = new SampleDataLoader(providerRepository, blobs, clock, manual.withSource("sample"));
        this.screening = new ScreeningService(new ExclusionRepository(database), new ScreeningRepository(database),
                clock);
        this.rosterRepository = new RosterRepository(database, providerRepository);
        this.rosterImporter = new RosterImporter(rosterRepository, clock, manual);
        this.rosterExporter = new RosterExporter(rosterRepository, providerRepository, clock);
    }

    public static AppContext open(Path dbFile, Clock clock) {
        return new AppContext(dbFile, clock);
    }

    private static String deviceName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "desktop";
        }
    }

    public Clock clock() {
        return clock;
    }

    public Database database() {
        return database;
    }

    public ProviderService providers() {
        return providers;
    }

    public DocumentService documents() {
        return documents;
    }

    public SampleDataLoader sampleData() {
        return sampleData;
    }

    /** Exclusion-list import, screening, review queue and "last screened" (issue 6). */
    public ScreeningService screening() {
        return screening;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public ChangeLog changeLog() {
        return changeLog;
    }

    public ProviderRepository providerRepository() {
        return providerRepository;
    }

    public BlobStore blobs() {
        return blobs;
    }

    public RosterImporter rosterImporter() {
        return rosterImporter;
    }

    public RosterExporter rosterExporter() {
        return rosterExporter;
    }

    /** Who is working at this desk, for the change log of hand edits. */
    public ChangeContext manualChange() {
        return manual;
    }

    @Override
    public void close() {
        database.close();
    }
}
