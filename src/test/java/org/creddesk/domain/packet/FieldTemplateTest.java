package org.creddesk.domain.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.creddesk.domain.License;
import org.creddesk.domain.PracticeLocation;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.junit.jupiter.api.Test;

class FieldTemplateTest {
    static ProviderFile file() {
        Provider p = new Provider("p", "Thảo", null, "Nguyễn", null, "MD", LocalDate.of(1980, 2, 29), "F", null, null,
                null, "1234567893", null, null, null, null, null, null, null, null, ProviderStatus.ACTIVE);
        return ProviderFile.of(p)
                .withLicenses(List.of(
                        new License("l1", "p", "MA", "MD", "0030123", null, LocalDate.of(2027, 1, 31), "Active"),
                        new License("l2", "p", "TX", "MD", "TX-004711", null, null, "Active")))
                .withLocations(List.of(
                        new PracticeLocation("a", "p", "Satellite", "1 Side St", "Waco", "TX", "76701", "(555) 010-1111", null, null, false, false),
                        new PracticeLocation("b", "p", "Main", "2 Main St", "Austin", "TX", "78701", "(555) 010-2222", null, null, true, true)));
    }

    static String render(String template) {
        return FieldTemplate.parse(template).render(file()).value();
    }

    @Test
    void rendersNamesFiltersNestedFieldsAndDates() {
        assertThat(render("{lastName}, {firstName}")).isEqualTo("Nguyễn, Thảo");
        assertThat(render("{licenses[state=TX].number}")).isEqualTo("TX-004711");
        assertThat(render("{licenses[state=tx].number}")).isEqualTo("TX-004711");
        assertThat(render("{licenses.number}")).isEqualTo("0030123");
        assertThat(render("{licenses[1].state}")).isEqualTo("TX");
        assertThat(render("{primaryLocation.phone}")).isEqualTo("(555) 010-2222");
        assertThat(render("{dateOfBirth:MM/dd/yyyy}")).isEqualTo("02/29/1980");
        assertThat(render("{licenses[state=MA].expires:yyyy-MM}")).isEqualTo("2027-01");
        assertThat(render("NPI {npi}")).isEqualTo("NPI 1234567893");
    }

    @Test
    void conditionsRenderYesOrNothingForCheckboxes() {
        assertThat(render("{degree=MD}")).isEqualTo(FieldTemplate.TRUE);
        assertThat(render("{degree=DO}")).isEmpty();
        assertThat(render("{licenses[state=TX].status=active}")).isEqualTo(FieldTemplate.TRUE);
        assertThat(FieldTemplate.parse("{degree=MD}").isCondition()).isTrue();
        assertThat(FieldTemplate.parse("{licenses[state=TX].number}").isCondition()).isFalse();
    }

    @Test
    void reportsPlaceholdersWithoutValue() {
        FieldTemplate.Rendering r = FieldTemplate.parse("{lastName}, {middleName} {licenses[state=CA].number}").render(file());
        assertThat(r.complete()).isFalse();
        assertThat(r.emptyPlaceholders()).containsExactly("{middleName}", "{licenses[state=CA].number}");
    }

    @Test
    void unknownFieldsAndBrokenTemplatesAreExplained() {
        assertThat(FieldTemplate.parse("{lastNme}").unknownPaths()).containsExactly("{lastNme}: 'lastNme' is not a field of ProviderFile");
        assertThat(FieldTemplate.parse("{licenses[stat=TX].number}").unknownPaths()).singleElement().asString()
                .contains("'stat' is not a field of License");
        assertThat(FieldTemplate.parse("{primaryLocation.phone} {licenses.number}").unknownPaths()).isEmpty();
        assertThatThrownBy(() -> FieldTemplate.parse("{lastName")).hasMessageContaining("never closed");
        assertThatThrownBy(() -> FieldTemplate.parse("{dateOfBirth:qqqqq-bad}")).hasMessageContaining("not a date format");
        assertThatThrownBy(() -> FieldTemplate.parse("{}")).hasMessageContaining("empty");
    }
}
