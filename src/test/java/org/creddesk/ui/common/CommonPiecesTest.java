package org.creddesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.creddesk.domain.Problem;
import org.creddesk.store.StoreLockedException;
import org.junit.jupiter.api.Test;

/** The small reusable pieces: date typing, the immediate task runner, human error messages, problem texts. */
class CommonPiecesTest {
    final Messages messages = Messages.forLocale(Locale.US);

    @Test
    void datesAreTypedAsUsOrIsoAndImpossibleDatesAreRefused() {
        assertThat(DateText.parse("02/29/2024")).contains(LocalDate.of(2024, 2, 29));
        assertThat(DateText.parse("2/9/2024")).contains(LocalDate.of(2024, 2, 9));
        assertThat(DateText.parse(" 2027-01-31 ")).contains(LocalDate.of(2027, 1, 31));
        assertThat(DateText.parse("")).isEmpty();
        assertThatThrownBy(() -> DateText.parse("02/30/2024")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> DateText.parse("31/02/2027")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> DateText.parse("next week")).isInstanceOf(DateTimeException.class);
        assertThat(DateText.format(LocalDate.of(2027, 1, 5))).isEqualTo("01/05/2027");
    }

    @Test
    void theImmediateRunnerReportsProgressDeliversResultsAndCollectsFailures() {
        ImmediateTaskRunner runner = new ImmediateTaskRunner();
        List<Integer> results = new ArrayList<>();
        runner.runVisible("Counting", p -> {
            for (int i = 1; i <= 3; i++) {
                p.update(i, 3, "step " + i);
            }
            return 42;
        }, results::add);
        assertThat(results).containsExactly(42);
        assertThat(runner.progressMessages()).containsExactly("step 1", "step 2", "step 3");
        assertThat(runner.status().runningProperty().get()).isFalse();

        runner.<Integer>run(p -> {
            throw new IllegalArgumentException("scan.pdf is not a PDF, PNG or JPEG file");
        }, results::add);
        assertThat(runner.failures()).singleElement()
                .satisfies(f -> assertThat(f).hasMessage("scan.pdf is not a PDF, PNG or JPEG file"));
    }

    @Test
    void cancellingStopsTheWorkQuietly() {
        ImmediateTaskRunner runner = new ImmediateTaskRunner();
        List<String> results = new ArrayList<>();
        runner.runVisible("Long work", p -> {
            runner.status().cancel();
            p.checkCancelled();
            return "finished";
        }, results::add);
        assertThat(results).isEmpty();
        assertThat(runner.failures()).isEmpty();
    }

    @Test
    void failuresBecomeOneSentenceNeverAStackTrace() {
        assertThat(HumanMessage.of(new StoreLockedException("The database is in use by another CredDesk window",
                null))).isEqualTo("The database is in use by another CredDesk window");
        assertThat(HumanMessage.of(new UncheckedIOException(new NoSuchFileException("/tmp/gone.pdf"))))
                .isEqualTo("/tmp/gone.pdf not found: check the name and the folder.");
        assertThat(HumanMessage.of(new NullPointerException()))
                .startsWith("An unexpected error (NullPointerException) stopped this task and nothing of it was saved; "
                        + "the details are in ").endsWith("creddesk.log.")
                .doesNotContain("\tat ");
        assertThat(HumanMessage.of(new UncheckedIOException(new java.nio.file.FileSystemException("/media/usb/out.pdf",
                null, "No space left on device"))))
                .isEqualTo("The disk is full, so /media/usb/out.pdf could not be written and nothing of this step was "
                        + "saved: free some space and try again.");
    }

    @Test
    void domainProblemsReadInThePersonsLanguage() {
        assertThat(messages.problem(Problem.of("npi", "validation.npi.checkDigit", "NPI check digit is wrong")))
                .isEqualTo("NPI check digit is wrong: check for a typo");
        assertThat(messages.problem(Problem.of("x", "validation.not.in.bundle", "English fallback")))
                .isEqualTo("English fallback");
        assertThat(messages.text("providers.rowProblem", 2, "Expires", "Must be after the issue or start date"))
                .isEqualTo("Row 2, Expires: Must be after the issue or start date");
    }
}
