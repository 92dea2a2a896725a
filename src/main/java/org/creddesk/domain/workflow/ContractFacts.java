package org.creddesk.domain.workflow;

/** A contract with its payer (the payer's name is what people read in deadlines and on cards). */
public record ContractFacts(Contract contract, Payer payer) {
    public String payerName() {
        return payer == null ? contract.payerId() : payer.name();
    }
}
