package org.creddesk.domain.workflow;

/** What a payer contract is: the network participation agreement, or an agreement for one patient's case. */
public enum ContractKind {
    PARTICIPATING("participating"), SINGLE_CASE("single-case");

    private final String code;

    ContractKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static java.util.Optional<ContractKind> fromCode(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String t = text.strip().replace('_', '-').replace(' ', '-');
        return java.util.Arrays.stream(values()).filter(k -> k.code.equalsIgnoreCase(t)).findFirst();
    }
}
