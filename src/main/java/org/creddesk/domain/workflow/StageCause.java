package org.creddesk.domain.workflow;

/** Why a provider's lifecycle stage moved: the facts of the file said so, or a person moved it (with a reason). */
public enum StageCause {
    FACT, MANUAL
}
