package org.creddesk.packet;

import java.util.ArrayList;
import java.util.List;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Progress;
import org.creddesk.domain.packet.Recipient;

/**
 * Packets for many providers at once (e.g. everyone on a payer's enrollment list), with progress and cancel.
 * One provider's failure is reported on its line and does not stop the others; cancelling stops between packets
 * and keeps the packets already made (each is its own snapshot).
 */
public final class PacketBatch {
    private final PacketService packets;

    public PacketBatch(PacketService packets) {
        this.packets = packets;
    }

    public enum Outcome { PRODUCED, BLOCKED, FAILED }

    /** What happened for one provider; {@code snapshotId} is set when a packet was made. */
    public record Line(String providerId, Outcome outcome, String snapshotId, int pages, String message) {
    }

    public List<Line> run(List<String> providerIds, String templateName, Recipient recipient,
                          List<PacketService.FormRequest> forms, String overrideReason, ChangeContext ctx,
                          Progress progress) {
        Progress p = progress == null ? Progress.NONE : progress;
        List<Line> lines = new ArrayList<>();
        int total = providerIds.size();
        for (int i = 0; i < total; i++) {
            p.checkCancelled();
            String id = providerIds.get(i);
            p.update(i, total, "Packet " + (i + 1) + " of " + total);
            lines.add(one(id, templateName, recipient, forms, overrideReason, ctx));
        }
        p.update(total, total, "Done");
        return lines;
    }

    private Line one(String providerId, String templateName, Recipient recipient,
                     List<PacketService.FormRequest> forms, String overrideReason, ChangeContext ctx) {
        try {
            var produced = packets.produce(new PacketService.Request(providerId, templateName, recipient, forms),
                    overrideReason, ctx);
            return new Line(providerId, Outcome.PRODUCED, produced.snapshot().id(), produced.snapshot().pages(),
                    produced.overridden().isEmpty() ? "" : produced.overridden().size() + " pre-flight issue(s) overridden");
        } catch (PacketService.PreflightBlockedException e) {
            return new Line(providerId, Outcome.BLOCKED, null, 0, e.getMessage());
        } catch (RuntimeException e) {
            return new Line(providerId, Outcome.FAILED, null, 0, e.getMessage());
        }
    }
}
