package org.creddesk.packet;

import java.util.List;
import org.creddesk.domain.monitoring.ScreeningHit;

/**
 * The exclusion-screening hits that hold a provider (waiting for review, or confirmed), for the packet's
 * pre-flight. Exclusion screening plugs in here (AppContext), so packets need not know the monitoring feature.
 */
@FunctionalInterface
public interface ScreeningHolds {
    ScreeningHolds NONE = providerId -> List.of();

    List<ScreeningHit> holding(String providerId);
}
