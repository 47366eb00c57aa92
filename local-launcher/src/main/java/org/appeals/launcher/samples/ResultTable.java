package org.appeals.launcher.samples;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/** Prints the samples' routing next to their labels, then the totals. */
final class ResultTable {

    private static final String FORMAT = "%-20s %-40s %-12s %-20s %-22s %-30s %s%n";

    private ResultTable() {
    }

    static void print(List<SampleResult> results, PrintStream out) {
        out.printf(Locale.ROOT, FORMAT, "externalId", "expected category / municipality", "status", "category",
                "municipality", "department", "match");
        for (SampleResult result : results) {
            SampleAppeal sample = result.sample();
            AppealView view = result.view();
            out.printf(Locale.ROOT, FORMAT, sample.externalId(), sample.category() + " / " + sample.municipality(),
                    result.statusText(), dash(view == null ? null : view.category()),
                    dash(view == null ? null : view.municipality()), dash(view == null ? null : view.department()),
                    match(result));
        }
        out.println(totals(results));
    }

    static String totals(List<SampleResult> results) {
        int all = results.size();
        return String.format(Locale.ROOT, "%nSent %d: refused %d, routed %d (assigned %d, triage %d), not routed in time %d.%n"
                        + "Matched the labels: category %d/%d, municipality %d/%d, both %d/%d.",
                all, count(results, r -> r.submission().appealId() == null), count(results, SampleResult::isRouted),
                count(results, r -> r.isRouted() && r.view().status() != AppealStatus.TRIAGE),
                count(results, r -> r.isRouted() && r.view().status() == AppealStatus.TRIAGE),
                count(results, r -> r.submission().appealId() != null && !r.isRouted()),
                count(results, SampleResult::categoryMatches), all,
                count(results, SampleResult::municipalityMatches), all,
                count(results, r -> r.categoryMatches() && r.municipalityMatches()), all);
    }

    private static String match(SampleResult result) {
        if (!result.isRouted()) {
            return "-";
        }
        if (result.categoryMatches() && result.municipalityMatches()) {
            return "yes";
        }
        return result.categoryMatches() ? "municipality differs" : "category differs";
    }

    private static int count(List<SampleResult> results, Predicate<SampleResult> test) {
        return (int) results.stream().filter(test).count();
    }

    private static String dash(String value) {
        return Objects.requireNonNullElse(value, "-");
    }
}
