package org.creddesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.creddesk.sync.Protocol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every role against every endpoint: the server decides, whatever the desktop shows. */
class RolesByEndpointTest {
    static ServerFixture fx;
    static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        fx = new ServerFixture();
        for (Role r : Role.values()) {
            TOKENS.put(r, fx.enrol("roles", "u-" + r.code(), r).token());
        }
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    static final String PUSH = "{\"ops\":[]}";

    /** method, path, body, then the status for coordinator, manager, read-only, auditor. */
    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of("POST", "/v1/push", PUSH, new int[] {200, 200, 403, 403}),
                Arguments.of("GET", "/v1/pull?after=0", null, new int[] {200, 200, 200, 200}),
                Arguments.of("GET", "/v1/conflicts", null, new int[] {200, 200, 200, 200}),
                Arguments.of("POST", "/v1/conflicts/nope/resolve", "{\"candidateId\":\"x\",\"reason\":\"r\"}",
                        new int[] {403, 404, 403, 403}),
                Arguments.of("POST", "/v1/users", "{\"name\":\"someone-new\",\"role\":\"nope\"}",
                        new int[] {403, 400, 403, 403}),
                Arguments.of("POST", "/v1/users/nobody/revoke", "", new int[] {403, 404, 403, 403}),
                Arguments.of("GET", "/v1/devices", null, new int[] {403, 200, 403, 403}),
                Arguments.of("POST", "/v1/devices/nope/revoke", "", new int[] {403, 404, 403, 403}),
                Arguments.of("GET", "/v1/audit?after=0", null, new int[] {403, 200, 403, 200}));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void eachRoleGetsWhatItMay(String method, String path, String body, int[] expected) throws Exception {
        Role[] order = {Role.COORDINATOR, Role.MANAGER, Role.READ_ONLY, Role.AUDITOR};
        for (int i = 0; i < order.length; i++) {
            assertThat(status(method, path, body, TOKENS.get(order[i]))).as(order[i].code() + " " + method + " " + path)
                    .isEqualTo(expected[i]);
        }
        assertThat(status(method, path, body, "not-a-token")).as("unknown token").isEqualTo(401);
        assertThat(status(method, path, body, null)).as("no token").isEqualTo(401);
    }

    static int status(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fx.url() + path))
                .header(Protocol.HEADER, Integer.toString(Protocol.VERSION));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
