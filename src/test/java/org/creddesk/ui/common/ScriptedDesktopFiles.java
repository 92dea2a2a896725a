package org.creddesk.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers the file dialogs as a person would have, without a file chooser; remembers what it was asked to open. */
public final class ScriptedDesktopFiles implements DesktopFiles {
    private Path document;
    private Path saveTarget;
    private Path folder;
    private final List<Path> opened = new ArrayList<>();

    public ScriptedDesktopFiles choose(Path file) {
        this.document = file;
        return this;
    }

    public ScriptedDesktopFiles saveTo(Path target) {
        this.saveTarget = target;
        return this;
    }

    public ScriptedDesktopFiles folder(Path chosen) {
        this.folder = chosen;
        return this;
    }

    @Override
    public Optional<Path> chooseFolder() {
        return Optional.ofNullable(folder);
    }

    @Override
    public Optional<Path> chooseDocument() {
        return Optional.ofNullable(document);
    }

    /** The list file chooser answers with the file given to {@link #choose}. */
    @Override
    public Optional<Path> chooseListFile() {
        return Optional.ofNullable(document);
    }

    /** The CSV file chooser answers with the file given to {@link #choose} too. */
    @Override
    public Optional<Path> chooseCsvFile() {
        return Optional.ofNullable(document);
    }

    @Override
    public Optional<Path> chooseSaveTarget(String suggestedName) {
        return Optional.ofNullable(saveTarget);
    }

    @Override
    public boolean open(Path file) {
        opened.add(file);
        return false;
    }

    public List<Path> opened() {
        return opened;
    }
}
