package org.creddesk.ui.adequacy;

import org.creddesk.domain.adequacy.AdequacyResult;

/** One row of a result table: a specialty group, or a county within one. */
public record ResultLine(String name, String fips, AdequacyResult.Figures figures,
                         AdequacyResult.GroupResult group) {
}
