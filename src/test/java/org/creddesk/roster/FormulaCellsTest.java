package org.creddesk.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which cell text a spreadsheet would run (OWASP CSV injection), and that neutralising it loses nothing. */
class FormulaCellsTest {
    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+cmd|' /C calc'!A0", "-1+1", "@SUM(1,2)", "\t=1", "\rX", "\tplain",
        " =1+1", "\"=1+1", "'=1+1", "\n@A1", "\u00A0-2+3", "\uFF1DSUM(1)", "=", "-A1", "+1 617 555 0100", "-1,5"})
    void startsOfFormulasAreFound(String value) {
        assertThat(FormulaCells.wouldEvaluate(value)).isTrue();
        assertThat(FormulaCells.neutralised(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Müller", "O'Brien", "'t Hooft", "-12", "-0.5", "-", "--", " -3", "(617) 555-0100",
        "1234567893", "a=b", "Smith-Jones", "2027-03-15"})
    void ordinaryTextAndPlainNegativeNumbersStayAsTheyAre(String value) {
        assertThat(FormulaCells.wouldEvaluate(value)).isFalse();
        assertThat(FormulaCells.neutralised(value)).isEqualTo(value);
    }

    @Test
    void neutralisedThenRestoredIsTheValueExactlyWhateverItWas() {
        for (String v : List.of("=1+1", "'=1+1", "''=1+1", "'\t", "\t", "'t Hooft", "'-5", "-5", "-1+1", "@", "'")) {
            assertThat(FormulaCells.restored(FormulaCells.neutralised(v))).as(v).isEqualTo(v);
        }
        assertThat(FormulaCells.restored(null)).isNull();
    }
}
