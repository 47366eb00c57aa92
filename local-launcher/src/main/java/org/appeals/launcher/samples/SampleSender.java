package org.appeals.launcher.samples;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends every appeal of a JSONL samples file through the gateway with its channel's demo key, waits until routing
 * has placed each one, and prints routed category, municipality and department next to the labels.
 * Usage: {@code SampleSender [file] [--gateway http://localhost:8080] [--timeout-seconds 30]}; env {@code GATEWAY_URL}.
 */
public final class SampleSender {

    private final GatewayClient gateway;
    private final Duration timeout;
    private final PrintStream out;

    SampleSender(URI gatewayUrl, Duration timeout, PrintStream out) {
        this.gateway = new GatewayClient(gatewayUrl, json());
        this.timeout = timeout;
        this.out = out;
    }

    public static void main(String[] args) {
        SenderOptions options = SenderOptions.parse(args, System.getenv());
        try {
            new SampleSender(options.gateway(), options.timeout(), System.out).send(options.file());
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /** Sends, waits, prints; returns the results for callers that check them. */
    List<SampleResult> send(Path file) {
        List<SampleAppeal> samples = SampleAppeal.readAll(file, json());
        out.println("Sending " + samples.size() + " appeals from " + file + " ...");
        List<SampleResult> results = new ArrayList<>();
        for (SampleAppeal sample : samples) {
            results.add(new SampleResult(sample, gateway.submit(sample, results.size() + 1), null));
        }
        List<SampleResult> routed = new RoutingPoller(gateway, timeout).awaitRouted(results);
        ResultTable.print(routed, out);
        return routed;
    }

    static JsonMapper json() {
        return JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }
}
