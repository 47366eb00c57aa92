package org.appeals.bench.console;

import java.io.PrintStream;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.appeals.bench.AppealBodies;
import org.appeals.bench.Machine;
import org.appeals.bench.SampleTexts;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console benchmark: tops the running stack up to {@code --appeals} stored appeals, then logs each demo person in
 * at the console as a browser does and times every page of their work. A benchmark that prints figures, not a test;
 * see {@link ConsoleBenchOptions}.
 */
public final class ConsoleBench {

    private ConsoleBench() {
    }

    public static void main(String[] args) throws InterruptedException {
        ConsoleBenchOptions options;
        try {
            options = ConsoleBenchOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try {
            ConsoleReport report = run(options, System.out);
            report.print(System.out);
            System.exit(report.failedLogins().isEmpty() ? 0 : 1);
        } catch (IllegalStateException e) {
            System.err.println("Console bench stopped: " + e.getMessage());
            System.exit(1);
        }
    }

    static ConsoleReport run(ConsoleBenchOptions options, PrintStream out) throws InterruptedException {
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        PlatformApi api = new PlatformApi(options.gateway(), json);
        try (PipelineOffsets offsets = new PipelineOffsets(options.kafka())) {
            Optional<SeedProgress.Figures> seeded = topUp(options, api, offsets, json, out);
            Optional<SeedAnswers.Done> answered = Optional.empty();
            if (seeded.isPresent() && options.answerPercent() > 0) {
                answered = Optional.of(SeedAnswers.answer(api,
                        seeded.get().registered() * options.answerPercent() / 100, out));
            }
            StackQuiet.await(options.quiet(), out);
            StoredAppeals stored = StoredAppeals.of(api, offsets);
            Optional<String> appealId = api.appealOf(DemoPeople.DEPARTMENT);
            URI console = URI.create(options.gateway() + "/console");
            ConsoleTimings timings = ConsoleTimings.of(DemoPeople.ALL, console, appealId,
                    new PageTimer(options.warmup(), options.rounds()), out);
            return new ConsoleReport(Machine.describe(), console.toString(), options.warmup(), options.rounds(),
                    stored, seeded, answered, appealId, timings.pages(), timings.failedLogins(), timings.skipped());
        }
    }

    /** Seeds what the store lacks of the wanted appeals; nothing when it holds enough. */
    private static Optional<SeedProgress.Figures> topUp(ConsoleBenchOptions options, PlatformApi api,
                                                        PipelineOffsets offsets, JsonMapper json, PrintStream out) {
        StoredAppeals before = StoredAppeals.of(api, offsets);
        out.println("The store holds " + before + "; wanted " + String.format("%,d", options.appeals()));
        if (before.count() >= options.appeals()) {
            return Optional.empty();
        }
        // external ids unique to this run: intake would fold a repeated one into the appeal it already has
        String prefix = "console-bench-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        AppealBodies bodies = new AppealBodies(SampleTexts.read(options.samples(), json), prefix, json);
        SeedAppeals appeals = new SeedAppeals(bodies, Instant.now(), json);
        return Optional.of(new Seeder(offsets, out).seed(options.kafka(), appeals, options.appeals() - before.count(),
                options.backlog(), options.settle()));
    }
}
