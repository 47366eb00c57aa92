package org.appeals.gateway.numbers;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.appeals.contracts.ForwardedIdentity;
import org.appeals.gateway.identity.Identity;
import org.appeals.gateway.identity.IdentityMinter;
import org.appeals.gateway.identity.Kind;
import org.appeals.support.web.Role;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Asks intake ({@code GET /api/v1/appeal-numbers/{number}}) which appeal a registration number names. */
class IntakeAppealNumbers {

    /**
     * The gateway asks in its own name, as region-wide staff that only reads: intake answers any staff identity,
     * and nothing the caller is allowed follows from this lookup (the caller's own request is checked as usual).
     */
    static final Identity GATEWAY = new Identity("gateway", "gateway (registration numbers)", Kind.MACHINE,
            Role.OPERATOR, null, Set.of(), Set.of(), true, "gateway");
    static final String UNAVAILABLE = "The register of appeal numbers cannot be reached; try again shortly.";
    // the id goes into the forwarded path, so it must be one canonical path segment
    private static final Pattern APPEAL_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final HttpClient http;
    private final URI intake;
    private final Duration timeout;
    private final IdentityMinter minter;

    IntakeAppealNumbers(HttpClient http, AppealNumberProperties properties, IdentityMinter minter) {
        this.http = http;
        this.intake = properties.intakeUrl();
        this.timeout = properties.timeout();
        this.minter = minter;
    }

    Optional<String> lookUp(String number) {
        HttpRequest request = HttpRequest.newBuilder(intake.resolve("/api/v1/appeal-numbers/" + number))
                .timeout(timeout).header("Accept", "application/json")
                .header(ForwardedIdentity.HEADER, minter.mint(GATEWAY)).GET().build();
        HttpResponse<byte[]> response = send(request);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new AppealNumbersUnavailable(UNAVAILABLE, null);
        }
        return Optional.of(appealId(response.body()));
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AppealNumbersUnavailable(UNAVAILABLE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AppealNumbersUnavailable(UNAVAILABLE, e);
        }
    }

    private static String appealId(byte[] body) {
        try {
            JsonNode appealId = JsonMapper.shared().readTree(body).get("appealId");
            if (appealId != null && appealId.isString() && APPEAL_ID.matcher(appealId.stringValue()).matches()) {
                return appealId.stringValue();
            }
        } catch (JacksonException e) {
            throw new AppealNumbersUnavailable(UNAVAILABLE, e);
        }
        throw new AppealNumbersUnavailable(UNAVAILABLE, null);
    }
}
