package org.creddesk.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The parser remembers normalized values per column; the same text must still read by what its cell held:
 * "46000" in a number cell is Excel's serial for 12/09/2025, in a text cell it is no date at all.
 */
class RosterRowParserTest {
    private static final ColumnMapping MAPPING = new ColumnMapping("t",
            List.of("NPI", "Last Name", "First Name", "License Issue Date"),
            Map.of(0, RosterField.NPI, 1, RosterField.LAST_NAME, 2, RosterField.FIRST_NAME,
                    3, RosterField.LICENSE_ISSUED));

    private static SheetRow row(int number, CellKind dateKind) {
        return new SheetRow(number, List.of("1234567893", "Müller", "Anna", "46000"),
                List.of(CellKind.TEXT, CellKind.TEXT, CellKind.TEXT, dateKind), List.of());
    }

    @Test
    void theSameTextInANumberCellAndATextCellOfOneColumnReadsByItsCell() {
        RowParser parser = new RowParser(MAPPING, new ValueNormalizer(LocalDate.of(2026, 11, 23)));
        for (int i = 0; i < 2; i++) {
            RowParser.Parsed number = parser.parse(row(2 + 2 * i, CellKind.NUMBER));
            assertThat(number.row().values()).containsEntry(RosterField.LICENSE_ISSUED, "2025-12-09");
            assertThat(number.warnings()).isEmpty();

            int textRow = 3 + 2 * i;
            RowParser.Parsed text = parser.parse(row(textRow, CellKind.TEXT));
            assertThat(text.row().values()).doesNotContainKey(RosterField.LICENSE_ISSUED);
            assertThat(text.warnings()).singleElement().satisfies(w -> {
                assertThat(w.row()).isEqualTo(textRow);
                assertThat(w.column()).isEqualTo("License Issue Date");
            });
        }
    }
}
