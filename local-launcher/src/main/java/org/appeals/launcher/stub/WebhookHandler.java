package org.appeals.launcher.stub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.appeals.contracts.Channel;

/** Routes {@code /webhooks}: POST a reply to {@code /webhooks/{channel}}, GET the list at {@code /webhooks}. */
final class WebhookHandler implements HttpHandler {

    private static final String ROOT = "/webhooks";

    private final ReplyIntake intake;
    private final ReceivedReplies replies;

    WebhookHandler(Map<Channel, SignatureCheck> signatures, ReceivedReplies replies, PrintStream out) {
        this.intake = new ReplyIntake(signatures, replies, out);
        this.replies = replies;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            route(exchange);
        } catch (RuntimeException e) {
            // a bug of the stub, never the caller's input (that is answered with 4xx); no internals in the answer
            StubResponses.problem(exchange, 500, "Internal error", "The stub failed to handle this request");
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals(ROOT) || path.equals(ROOT + "/")) {
            requireMethod(exchange, "GET", () -> list(exchange));
        } else if (path.startsWith(ROOT + "/") && path.indexOf('/', ROOT.length() + 1) < 0) {
            String channel = path.substring(ROOT.length() + 1).toUpperCase(Locale.ROOT);
            requireMethod(exchange, "POST", () -> intake.receive(exchange, channel));
        } else {
            StubResponses.problem(exchange, 404, "Not found", "Use POST /webhooks/{channel} or GET /webhooks");
        }
    }

    private void list(HttpExchange exchange) throws IOException {
        Optional<String> appealId = query(exchange, "appealId");
        StubResponses.json(exchange, 200, replies.newestFirst().stream()
                .filter(reply -> appealId.isEmpty() || appealId.get().equals(String.valueOf(reply.appealId())))
                .toList());
    }

    private static void requireMethod(HttpExchange exchange, String method, IoAction action) throws IOException {
        if (exchange.getRequestMethod().equals(method)) {
            action.run();
        } else {
            exchange.getResponseHeaders().add("Allow", method);
            StubResponses.problem(exchange, 405, "Method not allowed", "Only " + method + " is allowed here");
        }
    }

    private static Optional<String> query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts.length == 2 && parts[0].equals(name)) {
                return Optional.of(parts[1]);
            }
        }
        return Optional.empty();
    }

    /** An HTTP action that may fail writing the response. */
    @FunctionalInterface
    interface IoAction {
        void run() throws IOException;
    }
}
