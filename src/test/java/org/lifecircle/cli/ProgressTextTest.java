package org.lifecircle.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The words of progress, worked by hand: a step of 3,300 rows begun at t = 0. */
class ProgressTextTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void aBarFillsInProportionAndTellsTheTimeLeftAtTheRateSoFar() {
        StepState step = new StepState("storing dataset 'x'", 3_300, "rows", 0);
        step.advanceTo(1_100);
        // a third done in 10 s: 2,200 rows left at 110 rows/s = 20 s; 24 * 1100 / 3300 = 8 cells filled
        assertThat(ProgressText.bar(step, 10 * SECOND))
                .isEqualTo("storing dataset 'x' [########----------------]  33%  1,100 / 3,300 rows  0:20 left");
        assertThat(ProgressText.line(step, 10 * SECOND))
                .isEqualTo("lifecircle: storing dataset 'x': 33% (1,100 of 3,300 rows), 0:20 left");
    }

    @Test
    void aStepWithoutATotalTellsItsCountAndTheTimeSoFar() {
        StepState step = new StepState("reading city.osm.pbf", 0, "nodes and ways", 0);
        assertThat(ProgressText.line(step, 3 * SECOND)).isEqualTo("lifecircle: reading city.osm.pbf: 0:03 so far");
        step.advanceTo(131_072);
        assertThat(ProgressText.bar(step, 75 * SECOND)).isEqualTo("reading city.osm.pbf  131,072 nodes and ways  1:15 so far");
        assertThat(ProgressText.done(step, 75 * SECOND))
                .isEqualTo("lifecircle: reading city.osm.pbf: done, 131,072 nodes and ways in 1:15");
    }

    @Test
    void countsNeverGoBackAndNeverShowMoreThanAllDone() {
        StepState step = new StepState("s", 10, "rows", 0);
        step.advanceTo(7);
        step.advanceTo(3); // a slower thread's older count
        assertThat(step.done()).isEqualTo(7);
        step.advanceTo(12);
        assertThat(ProgressText.line(step, SECOND)).isEqualTo("lifecircle: s: 100% (12 of 10 rows), 0:00 left");
    }

    @Test
    void clockShowsHoursOnlyFromAnHour() {
        assertThat(ProgressText.clock(59 * SECOND)).isEqualTo("0:59");
        assertThat(ProgressText.clock(3_599 * SECOND)).isEqualTo("59:59");
        assertThat(ProgressText.clock(3_661 * SECOND)).isEqualTo("1:01:01");
    }
}
