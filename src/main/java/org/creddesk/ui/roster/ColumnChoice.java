package org.creddesk.ui.roster;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.creddesk.roster.MappingProposal;
import org.creddesk.roster.RosterField;

/**
 * One spreadsheet column on the mapping page: its header, the field it feeds (null = ignored), and what the
 * matcher read it as. A doubtful reading is not pre-filled: the column stays marked until the person chooses.
 */
public final class ColumnChoice {
    private final int column;
    private final String header;
    private final MappingProposal.Column proposal;
    private final ObjectProperty<RosterField> field = new SimpleObjectProperty<>();
    private final BooleanBinding doubtful;

    ColumnChoice(int column, String header, RosterField field, MappingProposal.Column proposal) {
        this.column = column;
        this.header = header;
        this.proposal = proposal;
        this.field.set(field);
        boolean guess = proposal != null && proposal.proposed() && !proposal.confident();
        this.doubtful = Bindings.createBooleanBinding(() -> guess && this.field.get() == null, this.field);
    }

    public int column() {
        return column;
    }

    public String header() {
        return header;
    }

    public ObjectProperty<RosterField> fieldProperty() {
        return field;
    }

    /** The field the matcher proposes (confident or not), or null. */
    public RosterField suggestion() {
        return proposal == null ? null : proposal.field();
    }

    /** Header words and sample values behind the proposal, "" when there is nothing to show. */
    public String evidence() {
        return proposal == null ? "" : proposal.evidence();
    }

    /** True while the matcher's guess waits for the person (not confident, no field chosen yet). */
    public BooleanBinding doubtfulProperty() {
        return doubtful;
    }

    /** Takes the matcher's guess for this column. */
    public void acceptSuggestion() {
        if (suggestion() != null) {
            field.set(suggestion());
        }
    }
}
