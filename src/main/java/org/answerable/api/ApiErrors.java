package org.answerable.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** Every API failure has the same shape, {"error": "..."}, whichever layer refuses the call. */
final class ApiErrors {

    static final String MISSING_TOKEN = "Send your API token in the header: Authorization: Bearer <token>";
    static final String INVALID_TOKEN = "This API token does not work: it is unknown, revoked or expired, "
            + "or its owner can no longer read this team";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiErrors() {
    }

    static Map<String, String> body(String message) {
        return Map.of("error", message);
    }

    static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(body(message)));
    }
}
