package org.creddesk.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The one check every file a person gives CredDesk passes before anything reads or hashes it (a roster, a mapping,
 * an exclusion list, a PDF form, a field map, a template, a document): it must exist and be a regular, readable
 * file. A device ({@code /dev/zero}), a pipe or a socket never ends, so reading one would hang; a folder is not a
 * file. Each case is refused with one sentence naming the file.
 */
public final class InputFiles {
    /** The most a file read whole into memory may hold (forms, maps, templates; rosters and lists stream). */
    public static final long MAX_WHOLE_FILE_BYTES = 512L * 1024 * 1024;

    private InputFiles() {
    }

    /** Returns {@code file} when it can be read; otherwise throws {@link InputFileException} saying why. */
    public static Path require(Path file) {
        if (file == null) {
            throw new InputFileException("No file was given.");
        }
        if (Files.isDirectory(file)) {
            throw new InputFileException(file + " is a folder, not a file: give the path of the file itself.");
        }
        if (!Files.exists(file)) {
            throw new InputFileException(file + " not found: check the name and the folder.");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputFileException(file + " is not a regular file (a device, pipe or socket never ends): "
                    + "save the data to a file and give that file.");
        }
        if (!Files.isReadable(file)) {
            throw new InputFileException(file + " cannot be read (permission denied): check the file's permissions.");
        }
        return file;
    }

    /** Opens a checked file for streaming. */
    public static InputStream open(Path file) {
        require(file);
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** Reads a checked file whole; refuses one larger than {@link #MAX_WHOLE_FILE_BYTES}. */
    public static byte[] readAllBytes(Path file) {
        require(file);
        try {
            long size = Files.size(file);
            if (size > MAX_WHOLE_FILE_BYTES) {
                throw new InputFileException(file + " holds " + size / (1024 * 1024) + " MB, more than the "
                        + MAX_WHOLE_FILE_BYTES / (1024 * 1024) + " MB CredDesk reads whole: is it the right file?");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** Reads a checked text file whole as UTF-8. */
    public static String readString(Path file) {
        return new String(readAllBytes(file), StandardCharsets.UTF_8);
    }

    private static InputFileException unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new InputFileException(file + " not found: check the name and the folder.", e);
        }
        if (e instanceof AccessDeniedException) {
            return new InputFileException(file + " cannot be read (permission denied): check the file's permissions.",
                    e);
        }
        return new InputFileException(file + " cannot be read (" + e.getMessage() + "): check the disk and try again.",
                e);
    }
}
