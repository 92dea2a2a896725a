package org.creddesk.app;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import org.creddesk.domain.ChangeContext;
import org.creddesk.packet.ChecklistSource;
import org.creddesk.packet.PacketFonts;
import org.creddesk.packet.PacketService;
import org.creddesk.packet.PayerForms;
import org.creddesk.provider.DocumentService;
import org.creddesk.provider.ProviderService;
import org.creddesk.sample.SampleDataLoader;
import org.creddesk.store.BlobStore;
import org.creddesk.store.ChangeLog;
import org.creddesk.store.Database;
import org.creddesk.store.PacketRepository;
import org.creddesk.store.ProviderRepository;
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
    private final PacketRepository packetRepository;
    private final PayerForms payerForms;
    private final PacketService packets;

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
        this.packetRepository = new PacketRepository(database);
        PacketFonts packetFonts = new PacketFonts();
        this.payerForms = new PayerForms(packetRepository, blobs, packetFonts);
        // The workflow feature's checklists plug in here when it lands; until then the part says none is kept.
        this.packets = new PacketService(providerRepository, packetRepository, blobs, payerForms, packetFonts,
                ChecklistSource.NONE, clock);
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

    public PacketService packets() {
        return packets;
    }

    public PayerForms payerForms() {
        return payerForms;
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
