package org.appeals.launcher.samples;

import java.util.Objects;

/** What happened to one sample: refused, or registered and (maybe) routed. */
record SampleResult(SampleAppeal sample, GatewayClient.Submission submission, AppealView view) {

    SampleResult withView(AppealView latest) {
        return new SampleResult(sample, submission, latest);
    }

    boolean isRouted() {
        return view != null && view.status().isRouted();
    }

    boolean categoryMatches() {
        return isRouted() && Objects.equals(sample.category(), view.category());
    }

    boolean municipalityMatches() {
        return isRouted() && Objects.equals(sample.municipality(), view.municipality());
    }

    String statusText() {
        if (submission.appealId() == null) {
            return "REFUSED " + submission.refusal();
        }
        return view == null ? "NOT FOUND" : view.status().name();
    }
}
