package org.creddesk.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.creddesk.domain.TaxonomyEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NUCC's CSV as it comes: the real 25.1 file, quoting NUCC uses, older layouts and spreadsheet re-saves. */
class NuccTaxonomyFileTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryCodeOfTheRealFileWithItsQuotedDefinitions() throws Exception {
        Path real = Path.of(getClass().getResource("/taxonomy/nucc_taxonomy_251.csv").toURI());
        List<TaxonomyEntry> all = NuccTaxonomyFile.read(real);
        assertThat(all).hasSize(883);
        assertThat(all.stream().filter(e -> "Individual".equals(e.section()))).hasSize(698);
        assertThat(all.stream().filter(e -> "Non-Individual".equals(e.section()))).hasSize(185);
        TaxonomyEntry fnp = all.stream().filter(e -> e.code().equals("363LF0000X")).findFirst().orElseThrow();
        assertThat(fnp.description()).isEqualTo("Family Nurse Practitioner");
        assertThat(fnp.classification()).isEqualTo("Nurse Practitioner");
        assertThat(fnp.specialization()).isEqualTo("Family");
        assertThat(NuccTaxonomyFile.versionFromName("nucc_taxonomy_251.csv")).contains("25.1");
        assertThat(NuccTaxonomyFile.versionFromName("NUCC_TAXONOMY_240.CSV")).contains("24.0");
        assertThat(NuccTaxonomyFile.versionFromName("codes.csv")).isEmpty();
    }

    @Test
    void quotesLineBreaksAndAnOlderLayoutWithoutDisplayName() {
        String csv = "\uFEFFCode,Grouping,Classification,Specialization,Definition,Notes\n"
                + "207RC0000X,Allopathic & Osteopathic Physicians,Internal Medicine,Cardiovascular Disease,"
                + "\"A \"\"cardiologist\"\", that is,\r\none who treats the heart.\",\n"
                + "\n"
                + "363A00000X,Physician Assistants,Physician Assistant,,,[1/1/2007: new]\n";
        List<TaxonomyEntry> entries = NuccTaxonomyFile.parse(csv, "old.csv");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).definition()).isEqualTo("A \"cardiologist\", that is,\r\none who treats the heart.");
        assertThat(entries.get(0).description()).as("no Display Name: classification and specialization")
                .isEqualTo("Internal Medicine, Cardiovascular Disease");
        assertThat(entries.get(1).description()).isEqualTo("Physician Assistant");
        assertThat(entries.get(1).notes()).isEqualTo("[1/1/2007: new]");
    }

    @Test
    void aFileResavedAsWindows1252IsReadAsSuch() throws Exception {
        Path f = dir.resolve("nucc_taxonomy_251.csv");
        Files.writeString(f, "Code,Grouping,Classification,Specialization,Definition,Notes,Display Name,Section\n"
                + "207R00000X,Allopathic & Osteopathic Physicians,Internal Medicine,,Caf\u00e9 \u2013 note,,"
                + "Internal Medicine Physician,Individual\n", Charset.forName("windows-1252"));
        assertThat(NuccTaxonomyFile.read(f).get(0).definition()).isEqualTo("Caf\u00e9 \u2013 note");
    }

    @Test
    void aFileThatIsNotNuccsIsRefusedWithWhatItHas() {
        assertThatThrownBy(() -> NuccTaxonomyFile.parse("NPI,Last Name\n1234567893,Quill\n", "roster.csv"))
                .isInstanceOf(TaxonomyFileException.class)
                .hasMessageContaining("row 1 has no column Code, Classification (it has NPI, Last Name)");
        assertThatThrownBy(() -> NuccTaxonomyFile.parse("", "empty.csv")).hasMessageContaining("is empty");
        assertThatThrownBy(() -> NuccTaxonomyFile.parse("Code,Grouping,Classification\n207R00000X,G,\n", "x.csv"))
                .hasMessageContaining("Row 2, column 'Classification': empty, and no Display Name either");
        assertThatThrownBy(() -> NuccTaxonomyFile.parse("Code,Classification\n\"207R00000X\"x,C\n", "x.csv"))
                .hasMessageContaining("Row 2: text after a closing quote");
    }
}
