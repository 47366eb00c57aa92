package org.appeals.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schemas of the AsyncAPI document, each with the record it describes. */
final class ContractSchemas {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String DIRECTORY = "/asyncapi/schemas/";

    /** Schema file, record; the submission is written by adapters, every other one by the platform's services. */
    static final Map<String, Class<? extends Record>> RECORDS = Map.of(
            "appeal-submission.json", AppealSubmission.class,
            "outbound-reply.json", OutboundReply.class,
            "appeal-received.json", AppealReceived.class,
            "appeal-assigned.json", AppealAssigned.class,
            "appeal-answered.json", AppealAnswered.class,
            "appeal-notified.json", AppealNotified.class,
            "appeal-state-changed.json", AppealStateChanged.class,
            "appeal-overdue.json", AppealOverdue.class,
            "resident-responded.json", ResidentResponded.class,
            "personal-data-erased.json", PersonalDataErased.class);

    static final String SUBMISSION = "appeal-submission.json";

    private ContractSchemas() {
    }

    static JsonNode schema(String file) {
        return JSON.readTree(resource(DIRECTORY + file));
    }

    /** The sample of a ContractSamples constant is named like its schema: APPEAL_RECEIVED, appeal-received.json. */
    static String fileOf(ContractSamples sample) {
        return sample.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".json";
    }

    /** The adapter's sample; it has no ContractSamples constant yet, so it is read by name. */
    static JsonNode submissionSample() {
        return JSON.readTree(resource("/contract-samples/" + SUBMISSION));
    }

    static List<String> files() {
        try (Stream<Path> files = Files.list(Path.of(ContractSchemas.class.getResource(DIRECTORY).toURI()))) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String resource(String path) {
        try (InputStream in = ContractSchemas.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
