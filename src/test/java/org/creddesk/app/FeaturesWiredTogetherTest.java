package org.creddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.creddesk.domain.ProviderSummary;
import org.creddesk.domain.packet.Recipient;
import org.creddesk.domain.workflow.CredentialingProgram;
import org.creddesk.packet.PacketService;
import org.creddesk.store.ProviderSort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composition root connects the features: a checklist started in workflow shows in the packet. */
class FeaturesWiredTogetherTest {
    @TempDir
    Path dir;

    @Test
    void aPacketShowsTheProvidersOpenChecklist() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        try (AppContext ctx = AppContext.open(dir.resolve("c.db"), clock)) {
            ctx.sampleData().load(null);
            ProviderSummary first = ctx.providers().search(null, false, ProviderSort.NAME, 0, 1).get(0);
            ctx.checklists().start(first.id(), "initial-credentialing", CredentialingProgram.ACCREDITATION,
                    LocalDate.of(2026, 12, 15), ctx.manualChange());
            PacketService.Produced produced = ctx.packets().produce(new PacketService.Request(first.id(), null,
                    Recipient.payer("Lone Star Health Plan"), List.of()), "test packet", ctx.manualChange());
            try (PDDocument doc = Loader.loadPDF(produced.pdf())) {
                String text = new PDFTextStripper().getText(doc);
                assertThat(text).contains("Initial credentialing:").contains(first.lastName());
            }
        }
    }
}
