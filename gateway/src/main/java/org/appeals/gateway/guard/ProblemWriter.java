package org.appeals.gateway.guard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** Answers a refused request with an RFC 9457 problem detail, from the filter, before any route is involved. */
final class ProblemWriter {

    private ProblemWriter() {
    }

    // no "instance": a refused path is not echoed back, so a refusal never names another department's resources
    static void write(HttpServletResponse response, Refusal refusal) throws IOException {
        HttpStatus status = HttpStatus.valueOf(refusal.outcome().status());
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", refusal.getMessage());
        response.resetBuffer();
        response.setStatus(status.value());
        refusal.headers().forEach(response::setHeader);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        byte[] body = JsonMapper.shared().writeValueAsBytes(problem);
        // a length, not chunks: the answer is whole at once, even while Tomcat still drains a refused body
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
