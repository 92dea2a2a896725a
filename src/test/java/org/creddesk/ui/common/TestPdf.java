package org.creddesk.ui.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a small but well-formed one-page PDF, as a scanned license copy would be. */
public final class TestPdf {
    private TestPdf() {
    }

    public static Path write(Path file) throws IOException {
        String body = "%PDF-1.4\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        Files.writeString(file, body, StandardCharsets.US_ASCII);
        return file;
    }
}
