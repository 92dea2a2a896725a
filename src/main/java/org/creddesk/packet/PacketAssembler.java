package org.creddesk.packet;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.creddesk.domain.Document;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.packet.ChecklistLine;
import org.creddesk.domain.packet.ContentsEntry;
import org.creddesk.domain.packet.DocumentChooser;
import org.creddesk.domain.packet.PacketPart;
import org.creddesk.domain.packet.PacketTemplate;
import org.creddesk.domain.packet.Recipient;

/**
 * Builds one packet PDF from a template: parts in template order, a bookmark per part, "Page n of m" on every
 * page, the embedded font everywhere. The output depends only on its inputs and the clock (fixed document
 * dates, no random ids), so the same inputs give the same bytes.
 */
public final class PacketAssembler {
    private final PacketFonts fonts;
    private final FormFiller filler;
    private final Clock clock;

    public PacketAssembler(PacketFonts fonts, Clock clock) {
        this.fonts = fonts;
        this.filler = new FormFiller(fonts);
        this.clock = clock;
    }

    /** A payer form to fill and include: its bytes and the rendered value of each mapped field. */
    public record FilledForm(String name, byte[] pdf, Map<String, String> values) {
    }

    /** Everything one packet is made of. */
    public record Input(ProviderFile file, PacketTemplate template, Recipient recipient, List<ChecklistLine> checklist,
                        List<FilledForm> forms, DocumentSource documents, ProfileFacts profile) {
        /** With the default profile facts (5 years of claims, no taxonomy code set). */
        public Input(ProviderFile file, PacketTemplate template, Recipient recipient, List<ChecklistLine> checklist,
                     List<FilledForm> forms, DocumentSource documents) {
            this(file, template, recipient, checklist, forms, documents, ProfileFacts.defaults());
        }
    }

    /** The packet: its bytes, page count, contents, the documents it included and any field that refused a value. */
    public record Output(byte[] pdf, int pages, List<ContentsEntry> contents, List<Document> documents,
                         List<String> fillProblems) {
    }

    public Output assemble(Input in) throws IOException {
        LocalDate today = LocalDate.now(clock);
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument out = new PDDocument()) {
            PDType0Font font = fonts.forText(out);
            PacketLayout layout = new PacketLayout(out);
            List<Document> included = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            PDPage cover = null;
            PacketPart coverPart = null;
            for (PacketPart part : in.template().parts()) {
                int before = out.getNumberOfPages();
                switch (part.kind()) {
                    case COVER -> {
                        cover = new PDPage(PageComposer.PAGE);
                        coverPart = part;
                        out.addPage(cover);
                    }
                    case PROFILE -> {
                        try (PageComposer c = new PageComposer(out, font)) {
                            ProfileSection.write(c, part.title(), in.file(), today, in.profile());
                        }
                    }
                    case CHECKLIST -> {
                        try (PageComposer c = new PageComposer(out, font)) {
                            FrontAndBackPages.checklist(c, part.title(), in.checklist());
                        }
                    }
                    case ATTESTATION -> {
                        try (PageComposer c = new PageComposer(out, font)) {
                            FrontAndBackPages.attestation(c, part.title(), in.file());
                        }
                    }
                    case FORMS -> {
                        layout.part(part.title(), before);
                        for (FilledForm form : in.forms()) {
                            int start = out.getNumberOfPages();
                            PDDocument doc = PdfInput.open(form.pdf(), form.name(), true);
                            sources.add(doc);
                            filler.fill(doc, form.name(), form.values(), true)
                                    .forEach(p -> problems.add(p.message()));
                            DocumentPages.appendPdf(out, doc);
                            layout.item(form.name(), start);
                        }
                        continue;
                    }
                    case DOCUMENTS -> {
                        layout.part(part.title(), before);
                        for (String type : part.documentTypes()) {
                            var chosen = DocumentChooser.latestUnexpired(in.file().documents(), type, today);
                            if (chosen.isEmpty()) {
                                layout.missing(type);
                                continue;
                            }
                            int start = out.getNumberOfPages();
                            DocumentPages.append(out, font, chosen.get(), in.documents().bytes(chosen.get()), sources);
                            included.add(chosen.get());
                            layout.item(type, start);
                        }
                        continue;
                    }
                    default -> throw new IllegalStateException("unknown part " + part.kind());
                }
                layout.part(part.title(), before);
            }
            List<ContentsEntry> contents = layout.contents();
            if (cover != null) {
                try (PageComposer c = new PageComposer(out, font, cover)) {
                    FrontAndBackPages.cover(c, in.file(), in.recipient(), today, in.template().name(), contents);
                }
            }
            layout.footers(font);
            layout.bookmarks();
            info(out, in);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
            out.save(bytes);
            return new Output(bytes.toByteArray(), out.getNumberOfPages(), contents, List.copyOf(included),
                    List.copyOf(problems));
        } finally {
            sources.forEach(PdfInput::closeQuietly);
        }
    }

    private void info(PDDocument out, Input in) {
        PDDocumentInformation info = out.getDocumentInformation();
        info.setTitle("Application packet: " + ProfileSection.fullName(in.file().provider()));
        info.setSubject(in.template().name() + (in.recipient().name().isEmpty() ? "" : " for " + in.recipient().name()));
        info.setCreator("CredDesk");
        info.setProducer("CredDesk");
        GregorianCalendar now = GregorianCalendar.from(clock.instant().atZone(ZoneOffset.UTC));
        info.setCreationDate(now);
        info.setModificationDate(now);
        // A fixed /ID instead of PDFBox's time-based one, so the same inputs give the same bytes.
        byte[] id = sha256(in.file().id() + "|" + in.template().name() + "|" + in.recipient().name() + "|"
                + clock.instant());
        COSArray ids = new COSArray();
        ids.add(new COSString(java.util.Arrays.copyOf(id, 16)));
        ids.add(new COSString(java.util.Arrays.copyOf(id, 16)));
        out.getDocument().setDocumentID(ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
