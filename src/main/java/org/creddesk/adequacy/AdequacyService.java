package org.creddesk.adequacy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.FieldChange;
import org.creddesk.domain.Progress;
import org.creddesk.domain.adequacy.AdequacyEngine;
import org.creddesk.domain.adequacy.AdequacyInputException;
import org.creddesk.domain.adequacy.AdequacyResult;
import org.creddesk.domain.adequacy.AdequacyStandard;
import org.creddesk.domain.adequacy.Geography;
import org.creddesk.domain.adequacy.MemberCount;
import org.creddesk.domain.adequacy.ProviderSite;
import org.creddesk.store.AdequacyProviders;
import org.creddesk.store.SettingsRepository;

/**
 * Network adequacy for the window and the CLI: reads the members file, takes the standards (a file, the table a
 * person saved, or the shipped CMS default), the store's active providers (optionally one payer's), and runs the
 * engine on the shipped Census geography (loaded once, on first use).
 */
public final class AdequacyService {
    /** The setting holding the standards table a person edited, as CSV text. */
    public static final String STANDARDS_SETTING = "adequacy.standards";

    private final AdequacyProviders providers;
    private final SettingsRepository settings;
    private final Supplier<Geography> geographySource;
    private Geography geography;

    public AdequacyService(AdequacyProviders providers, SettingsRepository settings, Supplier<Geography> geography) {
        this.providers = providers;
        this.settings = settings;
        this.geographySource = geography;
    }

    public synchronized Geography geography() {
        if (geography == null) {
            geography = geographySource.get();
        }
        return geography;
    }

    /** A run's inputs and what it found. */
    public record Run(String membersFile, String payer, List<AdequacyStandard> standards, AdequacyResult result) {
    }

    public Run run(Path membersFile, List<AdequacyStandard> standards, String payerName, Progress progress)
            throws IOException {
        progress.update(0, 1, "Reading the members file");
        List<MemberCount> members = MembersCsv.read(membersFile, geography());
        String payerId = null;
        if (payerName != null && !payerName.isBlank()) {
            payerId = providers.payerId(payerName).orElseThrow(() -> new AdequacyInputException(0, "payer", payerName,
                    "No payer '" + payerName.strip() + "'; payers: " + String.join(", ", providers.payerNames())));
        }
        progress.checkCancelled();
        List<ProviderSite> sites = providers.sites(payerId);
        progress.checkCancelled();
        AdequacyResult result = new AdequacyEngine(geography()).evaluate(standards, members, sites, progress);
        return new Run(membersFile.getFileName().toString(), payerName == null || payerName.isBlank() ? null
                : payerName.strip(), standards, result);
    }

    public List<String> payerNames() {
        return providers.payerNames();
    }

    /** The table a person saved, else the shipped default. */
    public List<AdequacyStandard> standards() {
        return saved().map(text -> StandardsCsv.read("saved standards", new java.io.StringReader(text)))
                .orElseGet(StandardsCsv::shippedDefault);
    }

    public boolean hasSavedStandards() {
        return saved().isPresent();
    }

    /** Saves the edited table (one change-log row with the old and new table as CSV text). */
    public void saveStandards(List<AdequacyStandard> standards, ChangeContext ctx) {
        String text = StandardsCsv.write(standards);
        String old = saved().orElse(null);
        if (text.equals(old)) {
            return;
        }
        settings.put(STANDARDS_SETTING, text, List.of(new FieldChange("value", old, text)), ctx);
    }

    private Optional<String> saved() {
        return settings.get(STANDARDS_SETTING);
    }
}
