package org.creddesk.roster;

import java.util.Arrays;
import java.util.Optional;

/**
 * Columns an export template may add that no roster imports: the provider's contract dates with the export's payer
 * (issue 14). {@code "field": "contractEffective"} in a template's column.
 */
public enum ContractColumn {
    CONTRACT_EFFECTIVE("contractEffective"), CONTRACT_END("contractEnd"), CONTRACT_NOTICE("contractNoticeDate");

    private final String key;

    ContractColumn(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<ContractColumn> forKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }

    /** The date this column shows from a contract's dates (null when the contract does not say). */
    java.time.LocalDate of(NetworkDates.ContractDates dates) {
        return switch (this) {
            case CONTRACT_EFFECTIVE -> dates.effective();
            case CONTRACT_END -> dates.end();
            case CONTRACT_NOTICE -> dates.notice();
        };
    }
}
