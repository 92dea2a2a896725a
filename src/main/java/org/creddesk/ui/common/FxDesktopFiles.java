package org.creddesk.ui.common;

import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** File choosers owned by the main window, and the AWT desktop to open files with the system viewer. */
public final class FxDesktopFiles implements DesktopFiles {
    private static final Logger LOG = LoggerFactory.getLogger(FxDesktopFiles.class);
    private final Messages messages;
    private final Supplier<Window> owner;

    public FxDesktopFiles(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseDocument() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("shell.files.attachTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("shell.files.documents"),
                "*.pdf", "*.png", "*.jpg", "*.jpeg", "*.PDF", "*.PNG", "*.JPG", "*.JPEG"));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseListFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("shell.files.listTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("shell.files.lists"),
                "*.csv", "*.CSV", "*.zip", "*.ZIP", "*.xlsx", "*.XLSX"));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseCsvFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("shell.files.csvTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("shell.files.csv"),
                "*.csv", "*.CSV", "*.txt"));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveTarget(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("shell.files.exportTitle"));
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.text("shell.files.folderTitle"));
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public boolean open(Path file) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(file.toFile());
                return true;
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            LOG.info("The desktop could not open a document: {}", e.getClass().getSimpleName());
        }
        return false;
    }
}
