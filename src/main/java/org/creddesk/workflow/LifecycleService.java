package org.creddesk.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.workflow.LifecycleStage;
import org.creddesk.domain.workflow.PipelineCard;
import org.creddesk.domain.workflow.PipelineColumn;
import org.creddesk.domain.workflow.PipelineFilter;
import org.creddesk.domain.workflow.ProviderStage;
import org.creddesk.domain.workflow.ProviderWorkflow;
import org.creddesk.domain.workflow.StageMove;
import org.creddesk.domain.workflow.StageSettings;
import org.creddesk.provider.NotFoundException;
import org.creddesk.store.PipelineQueries;
import org.creddesk.store.ProviderRepository;
import org.creddesk.store.ProviderWorkflowRepository;
import org.creddesk.store.SettingsRepository;
import org.creddesk.store.StageRepository;

/** Lifecycle stages (issue 14): where a provider stands, moving it by hand with a reason, and the pipeline. */
public final class LifecycleService {
    private final StageRepository stages;
    private final PipelineQueries pipeline;
    private final ProviderRepository providers;
    private final ProviderWorkflowRepository workflows;
    private final WhatBlocksThisFile whatBlocks;
    private final StageSettingsStore settingsStore;
    private final Clock clock;
    private volatile StageSettings settings;

    public LifecycleService(StageRepository stages, PipelineQueries pipeline, ProviderRepository providers,
                            ProviderWorkflowRepository workflows, WhatBlocksThisFile whatBlocks,
                            SettingsRepository settings, Clock clock) {
        this.stages = stages;
        this.pipeline = pipeline;
        this.providers = providers;
        this.workflows = workflows;
        this.whatBlocks = whatBlocks;
        this.settingsStore = new StageSettingsStore(settings);
        this.settings = settingsStore.load();
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ProviderStage stageOf(String providerId) {
        return stages.current(providerId).orElseThrow(() -> new NotFoundException("No provider " + providerId));
    }

    /** Moves a provider by hand; the reason is required (it is what the history says). */
    public StageMove move(String providerId, LifecycleStage to, String reason, ChangeContext ctx) {
        if (to == null) {
            throw new IllegalArgumentException("Choose the stage to move to");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A reason is required to move a provider to " + to.label() + " by hand");
        }
        stageOf(providerId);
        return stages.moveByHand(providerId, to, reason, ctx);
    }

    public List<StageMove> history(String providerId) {
        return stages.history(providerId);
    }

    /** Moves the stages a date alone moves (effective dates that came); once at start. */
    public int catchUp() {
        return stages.catchUp();
    }

    public StageSettings settings() {
        return settings;
    }

    public void applySettings(StageSettings changed, ChangeContext ctx) {
        settingsStore.save(changed, ctx);
        settings = settingsStore.load();
    }

    /** Every stage with its exact count and its first {@code cap} cards, each with days in stage and blocks. */
    public List<PipelineStage> pipeline(PipelineFilter filter, int cap) {
        return pipeline(filter, cap, true);
    }

    /**
     * Like {@link #pipeline(PipelineFilter, int)}; without blocks it is a few indexed reads (the board shows its
     * cards at once and asks {@link #blocksOf} for what blocks them next).
     */
    public List<PipelineStage> pipeline(PipelineFilter filter, int cap, boolean withBlocks) {
        LocalDate today = today();
        StageSettings rules = settings;
        List<PipelineColumn> columns = pipeline.columns(filter, cap);
        Map<String, List<Blocker>> blocks = withBlocks ? blocksOf(columns.stream()
                .filter(c -> c.stage() != LifecycleStage.INACTIVE).flatMap(c -> c.cards().stream())
                .map(PipelineCard::providerId).toList()) : Map.of();
        List<PipelineStage> result = new ArrayList<>();
        for (PipelineColumn column : columns) {
            List<PipelineEntry> entries = new ArrayList<>();
            for (PipelineCard card : column.cards()) {
                long days = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(card.since(), today));
                entries.add(new PipelineEntry(card, days, rules.isOverdue(column.stage(), days),
                        blocks.getOrDefault(card.providerId(), List.of())));
            }
            result.add(new PipelineStage(column.stage(), column.total(), rules.expectedDaysOf(column.stage()),
                    entries));
        }
        return result;
    }

    /** What blocks each of these providers' files, read in bulk. */
    public Map<String, List<Blocker>> blocksOf(java.util.Collection<String> providerIds) {
        Map<String, ProviderFile> files = providers.loadAll(providerIds);
        Map<String, ProviderWorkflow> facts = workflows.loadAll(providerIds);
        Map<String, List<Blocker>> result = new java.util.HashMap<>();
        files.forEach((id, file) -> result.put(id, whatBlocks.of(file,
                facts.getOrDefault(id, ProviderWorkflow.empty()))));
        return result;
    }
}
