package org.lifecircle.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.lifecircle.model.Progress;

/** When progress shows, and how it ends, on a pipe and on a terminal. */
class StderrProgressTest {

    @Test
    void aStepThatEndsWithinTheDelayPrintsNothing() {
        StringWriter text = new StringWriter();
        Progress progress = new StderrProgress(new PrintWriter(text), false, 60_000);
        try (Progress.Step step = progress.step("quick", 10, "rows")) {
            step.advanceTo(10);
        }
        assertThat(text.toString()).isEmpty();
    }

    @Test
    void aLongStepOnAPipeGetsPlainLinesAndADoneLine() throws InterruptedException {
        StringWriter text = new StringWriter();
        Progress progress = new StderrProgress(new PrintWriter(text), false, 0);
        try (Progress.Step step = progress.step("storing", 4, "rows")) {
            step.advanceTo(1);
            Thread.sleep(400); // the drawing timer ticks every 100 ms
            step.advanceTo(4);
        }
        String shown = text.toString();
        assertThat(shown).startsWith("lifecircle: storing: ").doesNotContain("\r").doesNotContain("\033");
        assertThat(shown.lines().toList()).last().asString().matches("lifecircle: storing: done, 4 rows in 0:0\\d");
        // the next plain line is due only after five seconds
        assertThat(shown.lines().count()).isEqualTo(2);
    }

    @Test
    void onATerminalTheLineIsRedrawnInPlaceThenReplacedByTheDoneLine() throws InterruptedException {
        StringWriter text = new StringWriter();
        Progress progress = new StderrProgress(new PrintWriter(text), true, 0);
        try (Progress.Step step = progress.step("storing", 4, "rows")) {
            step.advanceTo(2);
            Thread.sleep(500); // the terminal is redrawn every 200 ms
        }
        String shown = text.toString();
        assertThat(shown).startsWith("\r\033[Kstoring [############------------]  50%  2 / 4 rows");
        assertThat(shown).matches("(?s).*\r\033\\[Klifecircle: storing: done, 2 rows in 0:0\\d" + System.lineSeparator());
    }
}
