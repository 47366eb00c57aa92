package org.appeals.gateway.access;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the {@code channel} of an appeal body, strictly enough that intake cannot read a different one. */
final class AppealChannel {

    // a duplicated "channel" could be read one way here and another way by intake: refuse it
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private AppealChannel() {
    }

    static String of(byte[] body) {
        JsonNode root = parse(body);
        if (root == null || !root.isObject()) {
            throw new MalformedAppealException("The appeal must be a JSON object.");
        }
        JsonNode channel = root.get("channel");
        if (channel == null || !channel.isString()) {
            throw new MalformedAppealException("The appeal has no \"channel\"; set it to the channel code, e.g. \"VK\".");
        }
        return channel.stringValue();
    }

    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new MalformedAppealException("The appeal body is empty; send the appeal as a JSON object.");
        }
        try {
            return STRICT.readTree(body);
        } catch (JacksonException e) {
            // the parser's own message may quote the body; say only where it broke
            throw new MalformedAppealException("The appeal body is not valid JSON" + where(e.getLocation()) + ".");
        }
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
