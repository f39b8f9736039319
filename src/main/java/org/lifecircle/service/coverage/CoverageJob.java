package org.lifecircle.service.coverage;

import org.lifecircle.coverage.PolicyProfile;
import org.lifecircle.model.Progress;
import org.lifecircle.service.Timer;

/**
 * The coverage use case on files: reads every input, builds the walking graph and runs the
 * analysis ({@link CoverageRun}). Writing is separate ({@link CoverageOutputs}) so that the batch
 * run can write the same result per district.
 */
public final class CoverageJob {

    private final CoverageRequest request;
    private Progress progress = Progress.NONE;

    public CoverageJob(CoverageRequest request) {
        this.request = request;
    }

    /** Tells reading and the analysis to the progress; none by default. */
    public CoverageJob progress(Progress progress) {
        this.progress = progress;
        return this;
    }

    public CoverageReport run() {
        Timer timer = new Timer();
        PolicyProfile profile = request.parameters().loadProfile();
        CoverageData data = new CoverageInputs(request.sources()).progress(progress).read(timer);
        return CoverageRun.analyze(data, profile, request.parameters(), timer, progress);
    }
}
