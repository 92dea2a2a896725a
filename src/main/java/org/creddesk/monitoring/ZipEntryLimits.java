package org.creddesk.monitoring;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Opens the CSV inside a SAM.gov ZIP with the limits the roster's xlsx reader has (POI's zip-bomb guard): an entry
 * may expand at most 100 times its compressed size (after the first 100 KB, which compress well in any file) and
 * to at most 2 GiB (the SAM extract is under 100 MB). Both are checked on the declared sizes first, then on the
 * bytes as they inflate, since a crafted zip can lie about its sizes.
 */
final class ZipEntryLimits {
    static final double MAX_RATIO = 100;
    static final long MAX_ENTRY_BYTES = 2L << 30;
    static final long GRACE_BYTES = 100_000;

    private ZipEntryLimits() {
    }

    static InputStream open(ZipFile zip, ZipEntry entry, Path file) throws IOException {
        long compressed = Math.max(entry.getCompressedSize(), 1);
        if (entry.getSize() > MAX_ENTRY_BYTES
                || entry.getSize() > GRACE_BYTES && entry.getSize() > compressed * MAX_RATIO) {
            throw refused(file);
        }
        return new FilterInputStream(zip.getInputStream(entry)) {
            private long inflated;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) {
                inflated += n;
                if (inflated > MAX_ENTRY_BYTES || inflated > GRACE_BYTES && inflated > compressed * MAX_RATIO) {
                    throw refused(file);
                }
            }
        };
    }

    private static ListFileException refused(Path file) {
        return new ListFileException(file.getFileName() + " was refused: the CSV inside it expands to far more data "
                + "than the archive holds (a zip bomb). Download the SAM.gov extract again.");
    }
}
