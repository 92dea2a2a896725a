package org.creddesk.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.creddesk.domain.monitoring.ExclusionRecord;
import org.creddesk.domain.monitoring.HitDecision;
import org.creddesk.domain.monitoring.ListVersion;
import org.creddesk.domain.monitoring.ScreeningHit;

/**
 * The JSON shapes of {@code creddesk screen}. Contract fields: {@code npi}, {@code list} (LEIE|SAM),
 * {@code strength} (definite|probable|possible), {@code reasons}, and the list row's {@code name}, {@code dob},
 * {@code exclusionType}, {@code exclusionDate}; the rest is extra.
 */
final class ScreeningJson {
    private ScreeningJson() {
    }

    static Map<String, Object> hit(ScreeningHit h) {
        ExclusionRecord r = h.listRow();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.id());
        m.put("npi", h.providerNpi());
        m.put("providerId", h.providerId());
        m.put("provider", h.providerName());
        m.put("list", r.source().name());
        m.put("strength", h.strength().label());
        m.put("reasons", h.reasons());
        m.put("name", r.displayName());
        m.put("dob", r.dateOfBirth());
        m.put("exclusionType", r.exclusionType());
        m.put("exclusionDate", r.exclusionDate());
        m.put("listNpi", r.npi());
        m.put("state", r.state());
        m.put("status", h.status().name().toLowerCase().replace('_', '-'));
        m.put("absentSince", h.absentSince());
        m.put("absence", h.absence());
        return m;
    }

    static Map<String, Object> version(ListVersion v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id());
        m.put("list", v.source().name());
        m.put("kind", v.kind().name().toLowerCase());
        m.put("fileName", v.fileName());
        m.put("downloadedOn", v.downloadedOn());
        m.put("rowCount", v.rowCount());
        m.put("sha256", v.sha256());
        return m;
    }

    static Map<String, Object> decision(HitDecision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("hitId", d.hitId());
        m.put("disposition", d.disposition().label());
        m.put("note", d.note());
        m.put("actor", d.actor());
        m.put("decidedAt", d.decidedAt());
        m.put("listFile", d.listFileName());
        m.put("listDownloadedOn", d.listDownloadedOn());
        m.put("listSha256", d.listSha256());
        return m;
    }
}
