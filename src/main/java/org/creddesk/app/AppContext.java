package org.creddesk.app;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import org.creddesk.adequacy.AdequacyReport;
import org.creddesk.adequacy.AdequacyService;
import org.creddesk.adequacy.ShippedGeography;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Progress;
import org.creddesk.monitoring.MonitoringReportFiles;
import org.creddesk.monitoring.ScreeningService;
import org.creddesk.packet.PacketFonts;
import org.creddesk.packet.PacketService;
import org.creddesk.packet.PayerForms;
import org.creddesk.packet.ReportPdfWriter;
import org.creddesk.provider.DocumentService;
import org.creddesk.provider.ProviderService;
import org.creddesk.roster.RosterExporter;
import org.creddesk.roster.RosterImporter;
import org.creddesk.sample.SampleDataLoader;
import org.creddesk.store.AdequacyProviders;
import org.creddesk.store.BlobStore;
import org.creddesk.store.ChangeLog;
import org.creddesk.store.Database;
import org.creddesk.store.ExclusionRepository;
import org.creddesk.store.PacketRepository;
import org.creddesk.store.ProviderRepository;
import org.creddesk.store.RosterRepository;
import org.creddesk.store.ScreeningRepository;
import org.creddesk.store.SettingsRepository;
import org.creddesk.store.TaxonomyRepository;
import org.creddesk.taxonomy.TaxonomyService;
import org.creddesk.store.SyncStore;
import org.creddesk.sync.SyncService;
import org.creddesk.domain.workflow.DeadlinePolicy;
import org.creddesk.store.ChecklistRepository;
import org.creddesk.store.CredentialingRepository;
import org.creddesk.store.DeadlineRepository;
import org.creddesk.store.EnrollmentRepository;
import org.creddesk.store.ProviderWorkflowRepository;
import org.creddesk.workflow.ChecklistService;
import org.creddesk.workflow.ChecklistTemplateService;
import org.creddesk.workflow.DeadlineService;
import org.creddesk.workflow.DeadlineSettingsStore;
import org.creddesk.workflow.DecisionService;
import org.creddesk.workflow.EnrollmentService;
import org.creddesk.workflow.WhatBlocksThisFile;

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
    private final RosterRepository rosterRepository;
    private final RosterImporter rosterImporter;
    private final RosterExporter rosterExporter;
    private final DeadlinePolicy deadlinePolicy;
    private final DeadlineService deadlines;
    private final ChecklistService checklists;
    private final ChecklistTemplateService checklistTemplates;
    private final DecisionService decisions;
    private final EnrollmentService enrollments;
    private final WhatBlocksThisFile whatBlocks;
    private final ScreeningService screening;
    private final MonitoringReportFiles monitoringReports;
    private final org.creddesk.workflow.NetworkReport networkReport;
    private final PacketRepository packetRepository;
    private final PayerForms payerForms;
    private final PacketService packets;
    private final TaxonomyService taxonomy;
    private final SyncService sync;
    private final org.creddesk.workflow.LifecycleService lifecycle;
    private final org.creddesk.workflow.ContractService contracts;
    private final AdequacyService adequacy;
    private final AdequacyReport adequacyReports;

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
        this.rosterRepository = new RosterRepository(database, providerRepository);
        this.taxonomy = new TaxonomyService(new TaxonomyRepository(database));
        this.rosterImporter = new RosterImporter(rosterRepository, clock, manual, taxonomy::descriptions);
        // Workflow: the deadline table refreshes inside every provider save and every workflow write.
        this.deadlinePolicy = new DeadlinePolicy(new DeadlineSettingsStore(settings).load(), clock);
        DeadlineRepository deadlineRepository = new DeadlineRepository(database, deadlinePolicy);
        deadlineRepository.attachTo(providerRepository);
        // Lifecycle stages move with the same facts, in the same transactions (issue 14).
        org.creddesk.store.StageRepository stageRepository = new org.creddesk.store.StageRepository(database);
        stageRepository.attachTo(providerRepository, deadlineRepository);
        ChecklistRepository checklistRepository = new ChecklistRepository(database, deadlineRepository);
        this.deadlines = new DeadlineService(deadlineRepository, deadlinePolicy, settings, clock);
        // Payers are only read here (a stateless repository over the same database as the enrollments').
        this.checklistTemplates = new ChecklistTemplateService(checklistRepository,
                new EnrollmentRepository(database, deadlineRepository), clock);
        this.checklists = new ChecklistService(checklistRepository, providerRepository, checklistTemplates, clock);
        this.decisions = new DecisionService(new CredentialingRepository(database, deadlineRepository),
                checklistRepository, providerRepository, deadlinePolicy, clock);
        this.screening = new ScreeningService(new ExclusionRepository(database, deadlineRepository),
                new ScreeningRepository(database, deadlineRepository), deadlinePolicy, clock);
        this.enrollments = new EnrollmentService(new EnrollmentRepository(database, deadlineRepository),
                providerRepository, deadlinePolicy, screening::holds, clock);
        this.rosterExporter = new RosterExporter(rosterRepository, providerRepository,
                new EnrollmentNetworkDates(enrollments, this::contractsOf, clock), clock);
        this.whatBlocks = new WhatBlocksThisFile(providerRepository, new ProviderWorkflowRepository(database),
                deadlinePolicy, clock);
        deadlines.ensureDerived(null);
        this.contracts = new org.creddesk.workflow.ContractService(
                new org.creddesk.store.ContractRepository(database, deadlineRepository),
                new EnrollmentRepository(database, deadlineRepository), providerRepository, clock);
        this.lifecycle = new org.creddesk.workflow.LifecycleService(stageRepository,
                new org.creddesk.store.PipelineQueries(database), providerRepository,
                new ProviderWorkflowRepository(database), whatBlocks, settings, clock);
        lifecycle.catchUp();
        this.packetRepository = new PacketRepository(database);
        PacketFonts packetFonts = new PacketFonts();
        this.monitoringReports = new MonitoringReportFiles(screening, new ReportPdfWriter(packetFonts), clock);
        this.networkReport = new org.creddesk.workflow.NetworkReport(new org.creddesk.store.NetworkKpiQueries(database),
                new org.creddesk.packet.NetworkReportPdf(packetFonts), clock);
        this.adequacy = new AdequacyService(new AdequacyProviders(database), settings, ShippedGeography::load);
        this.adequacyReports = new AdequacyReport(new ReportPdfWriter(packetFonts), clock);
        this.payerForms = new PayerForms(packetRepository, blobs, packetFonts);
        this.packets = new PacketService(providerRepository, packetRepository, blobs, payerForms, packetFonts,
                new WorkflowChecklistSource(checklists), new PacketProfileFacts(taxonomy, deadlinePolicy),
                screening::holdingHits, clock);
        this.sync = new SyncService(new SyncStore(database, providerRepository), manual.device());
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

    /**
     * Fictitious payers and enrollments at every stage for the loaded sample providers (once; 0 when they exist).
     * Separate from {@link #sampleData()} so tests of the provider sample see no enrollments.
     */
    public int loadSampleEnrollments() {
        return new SampleEnrollments(enrollments, providerRepository, clock, manual.withSource("sample")).load();
    }

    /** What loading the whole sample did. */
    public record SampleLoad(SampleDataLoader.Result providers, int enrollments) {
    }

    /**
     * The whole bundled sample, providers with their documents, payers and enrollments, in one transaction: a
     * crash or a cancel part-way keeps nothing (the document files are content-addressed, so a leftover one is
     * reused), and running it again loads it all (issue 16: a crash once left 160 providers and no enrollments).
     */
    public SampleLoad loadSample(Progress progress) {
        Progress p = progress == null ? Progress.NONE : progress;
        return database.write(h -> {
            SampleDataLoader.Result loaded = sampleData.load(p);
            p.update(0, 1, "Adding sample payers and enrollments");
            int added = loadSampleEnrollments();
            p.update(1, 1, "Sample loaded");
            return new SampleLoad(loaded, added);
        });
    }

    public SampleDataLoader sampleData() {
        return sampleData;
    }

    /** Exclusion-list import, screening, review queue and "last screened" (issue 6). */
    public ScreeningService screening() {
        return screening;
    }

    /** The monthly monitoring report as CSV, PDF and xlsx files. */
    /** The Network page's figures and its monthly report (issue 14). */
    public org.creddesk.workflow.NetworkReport networkReport() {
        return networkReport;
    }

    public MonitoringReportFiles monitoringReports() {
        return monitoringReports;
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

    public DeadlinePolicy deadlinePolicy() {
        return deadlinePolicy;
    }

    public DeadlineService deadlines() {
        return deadlines;
    }

    public ChecklistService checklists() {
        return checklists;
    }

    public ChecklistTemplateService checklistTemplates() {
        return checklistTemplates;
    }

    public DecisionService decisions() {
        return decisions;
    }

    public EnrollmentService enrollments() {
        return enrollments;
    }

    public WhatBlocksThisFile whatBlocks() {
        return whatBlocks;
    }

    public PacketService packets() {
        return packets;
    }

    /** The NUCC taxonomy code set: import, look up, descriptions beside every code. */
    public TaxonomyService taxonomy() {
        return taxonomy;
    }

    public PayerForms payerForms() {
        return payerForms;
    }

    /** Team sync with a CredDesk server (issue 12). */
    public SyncService sync() {
        return sync;
    }

    /** Lifecycle stages and the pipeline (issue 14). */
    public org.creddesk.workflow.LifecycleService lifecycle() {
        return lifecycle;
    }

    private java.util.List<org.creddesk.domain.workflow.ContractFacts> contractsOf(String providerId) {
        return contracts.forProvider(providerId);
    }

    /** Payer contracts (issue 14). */
    public org.creddesk.workflow.ContractService contracts() {
        return contracts;
    }

    /** Who is working at this desk, for the change log of hand edits. */
    public AdequacyService adequacy() {
        return adequacy;
    }

    public AdequacyReport adequacyReports() {
        return adequacyReports;
    }

    public ChangeContext manualChange() {
        return manual;
    }

    @Override
    public void close() {
        database.close();
    }
}
