package org.creddesk.ui.packet;

import java.awt.image.BufferedImage;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;

/** Sends rendered packet pages to a JavaFX printer job, one image per sheet, scaled to the printable area. */
final class PacketPrinter {
    private PacketPrinter() {
    }

    /** False when the printer refused a page (the job is then cancelled). */
    static boolean print(PrinterJob job, List<BufferedImage> pages) {
        PageLayout layout = job.getJobSettings().getPageLayout();
        for (BufferedImage page : pages) {
            ImageView view = new ImageView(SwingFXUtils.toFXImage(page, null));
            view.setPreserveRatio(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(view)) {
                job.cancelJob();
                return false;
            }
        }
        return job.endJob();
    }
}
