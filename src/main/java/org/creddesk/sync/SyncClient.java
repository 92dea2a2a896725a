package org.creddesk.sync;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLContext;

/** The desktop's HTTP calls to a team server (JSON over HTTPS, or HTTP on loopback). */
public class SyncClient {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final URI base;
    private final HttpClient http;
    private volatile String token;
    private final int protocol;

    public SyncClient(String url, String token) {
        this(url, token, null, Protocol.VERSION);
    }

    /** {@code ssl}: a context trusting the server's certificate (null: the JDK's default trust). */
    public SyncClient(String url, String token, SSLContext ssl, int protocol) {
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        if (ssl != null) {
            b.sslContext(ssl);
        }
        this.http = b.build();
        this.token = token;
        this.protocol = protocol;
    }

    public void token(String newToken) {
        this.token = newToken;
    }

    public Wire.Hello hello() {
        return send(get("v1/hello"), Wire.Hello.class);
    }

    public Wire.EnrolResult enrol(String code, String deviceName) {
        return send(post("v1/enrol", new Wire.EnrolRequest(code, deviceName)), Wire.EnrolResult.class);
    }

    public Wire.PushResult push(List<Wire.Op> ops) {
        return send(post("v1/push", new Wire.PushRequest(ops)), Wire.PushResult.class);
    }

    public Wire.PullResult pull(long after, int limit) {
        return send(get("v1/pull?after=" + after + "&limit=" + limit), Wire.PullResult.class);
    }

    public List<Wire.Conflict> conflicts() {
        return send(get("v1/conflicts"), JSON.getTypeFactory().constructCollectionType(List.class, Wire.Conflict.class));
    }

    public Wire.Conflict resolve(String conflictId, String candidateId, String reason) {
        return send(post("v1/conflicts/" + enc(conflictId) + "/resolve", new Wire.ResolveRequest(candidateId, reason)),
                Wire.Conflict.class);
    }

    public Wire.CodeResult addUser(String name, String role) {
        return send(post("v1/users", new Wire.UserRequest(name, role)), Wire.CodeResult.class);
    }

    public void revokeUser(String name) {
        send(post("v1/users/" + enc(name) + "/revoke", null), (JavaType) null);
    }

    public List<Wire.DeviceInfo> devices() {
        return send(get("v1/devices"), JSON.getTypeFactory().constructCollectionType(List.class, Wire.DeviceInfo.class));
    }

    public void revokeDevice(String id) {
        send(post("v1/devices/" + enc(id) + "/revoke", null), (JavaType) null);
    }

    public String rotateToken() {
        return send(post("v1/token/rotate", null), Wire.TokenResult.class).token();
    }

    public List<Wire.Change> audit(long after, int limit) {
        return send(get("v1/audit?after=" + after + "&limit=" + limit),
                JSON.getTypeFactory().constructCollectionType(List.class, Wire.Change.class));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header(Protocol.HEADER, Integer.toString(protocol)).header("Accept-Encoding", "gzip");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private HttpRequest post(String path, Object body) {
        try {
            byte[] bytes = body == null ? new byte[0] : JSON.writeValueAsBytes(body);
            return request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T send(HttpRequest request, Class<T> type) {
        return send(request, JSON.getTypeFactory().constructType(type));
    }

    private <T> T send(HttpRequest request, JavaType type) {
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new SyncException(SyncException.Kind.UNREACHABLE, "The team server " + base + " cannot be reached ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + "); nothing changed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException(SyncException.Kind.UNREACHABLE, "Sync was interrupted; nothing changed", e);
        }
        try (InputStream raw = response.body();
             InputStream in = "gzip".equalsIgnoreCase(response.headers().firstValue("Content-Encoding").orElse(""))
                     ? new GZIPInputStream(raw) : raw) {
            byte[] bytes = in.readAllBytes();
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return type == null || bytes.length == 0 ? null : JSON.readValue(bytes, type);
            }
            String message = problem(bytes, status);
            throw new SyncException(kind(status), message);
        } catch (IOException e) {
            throw new SyncException(SyncException.Kind.UNREACHABLE, "The team server's answer was cut off ("
                    + e.getMessage() + ")", e);
        }
    }

    private static String problem(byte[] bytes, int status) {
        try {
            Wire.Problem p = JSON.readValue(bytes, Wire.Problem.class);
            if (p != null && p.error() != null) {
                return p.error();
            }
        } catch (IOException e) {
            // not our JSON: a proxy's page, say the status
        }
        return "The team server answered HTTP " + status;
    }

    private static SyncException.Kind kind(int status) {
        return switch (status) {
            case 401 -> SyncException.Kind.UNAUTHORIZED;
            case 403 -> SyncException.Kind.REFUSED;
            case 404 -> SyncException.Kind.NOT_FOUND;
            case 426 -> SyncException.Kind.OUTDATED;
            case 502, 503, 504 -> SyncException.Kind.UNREACHABLE;
            default -> SyncException.Kind.REJECTED;
        };
    }
}
