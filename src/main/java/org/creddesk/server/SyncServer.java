package org.creddesk.server;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import org.creddesk.sync.Protocol;
import org.creddesk.sync.Wire;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The team server's HTTP side (Javalin on Jetty, JSON, gzip). Keeps no state of its own: every answer comes from
 * the database, so several instances behind a load balancer answer alike. TLS is required except on loopback.
 */
public final class SyncServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SyncServer.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final String WHO = "creddesk.principal";

    /** Where to listen; {@code keystore} null means plain HTTP (loopback only). */
    public record Options(String host, int port, Path keystore, String keystorePassword) {
    }

    private final ServerDatabase db;
    private final TeamAdmin admin;
    private final PushProcessor pushes;
    private final PullReader pulls;
    private final ConflictResolver resolver;
    private final Metrics metrics = new Metrics();
    private Javalin app;

    public SyncServer(ServerDatabase db) {
        this.db = db;
        this.admin = new TeamAdmin(db);
        this.pushes = new PushProcessor(db);
        this.pulls = new PullReader(db);
        this.resolver = new ConflictResolver(db);
        metrics.gauge("creddesk_conflicts_open", () -> db.jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM conflict WHERE status = 'open'").mapTo(Long.class).one()));
    }

    /** Refuses a non-loopback address without a keystore before anything listens. */
    public static void checkBind(Options o) {
        if (o.keystore() == null && !isLoopback(o.host())) {
            throw new ServerException(400, "Refusing to listen on " + o.host() + " without TLS: give --tls-keystore "
                    + "and --tls-password-file, or listen on 127.0.0.1 (loopback) only");
        }
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new ServerException(400, "'" + host + "' is not an address of this machine");
        }
    }

    public SyncServer start(Options o) {
        checkBind(o);
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.maxRequestSize = 64L * 1024 * 1024;
            if (o.keystore() != null) {
                cfg.jetty.addConnector((server, httpConfig) -> {
                    SslContextFactory.Server ssl = new SslContextFactory.Server();
                    ssl.setKeyStorePath(o.keystore().toAbsolutePath().toString());
                    ssl.setKeyStorePassword(o.keystorePassword());
                    httpConfig.addCustomizer(new SecureRequestCustomizer(false));
                    ServerConnector c = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                            new HttpConnectionFactory(httpConfig));
                    c.setHost(o.host());
                    c.setPort(o.port());
                    return c;
                });
            } else {
                cfg.jetty.host = o.host();
                cfg.jetty.port = o.port();
            }
            cfg.requestLogger.http((ctx, ms) -> {
                String route;
                try {
                    route = ctx.endpoint().path;
                } catch (RuntimeException e) {
                    route = "unmatched";
                }
                metrics.count("creddesk_requests_total", "route=\"" + route + "\",status=\"" + ctx.status().getCode()
                        + "\"", 1);
                metrics.observe("creddesk_request_seconds", "route=\"" + route + "\"", (long) (ms * 1_000_000L));
            });
            cfg.routes.exception(ServerException.class, (e, ctx) -> problem(ctx, e.status(), e.getMessage()));
            cfg.routes.exception(com.fasterxml.jackson.core.JacksonException.class,
                    (e, ctx) -> problem(ctx, 400, "The request is not valid JSON for this endpoint"));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request failed: {}", e.getClass().getSimpleName(), e);
                problem(ctx, 500, "The server failed; its log says why");
            });
            cfg.routes.get("/health", this::health);
            cfg.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4").result(metrics.text()));
            cfg.routes.get("/v1/hello", ctx -> json(ctx, new Wire.Hello(Protocol.MIN_SUPPORTED, Protocol.VERSION,
                    Protocol.MIN_CLIENT_VERSION, Protocol.APP_VERSION)));
            cfg.routes.before("/v1/*", this::checkProtocol);
            cfg.routes.post("/v1/enrol", ctx -> {
                Wire.EnrolRequest r = body(ctx, Wire.EnrolRequest.class);
                json(ctx, admin.enrol(r.code(), r.deviceName()));
            });
            cfg.routes.post("/v1/token/rotate", ctx -> json(ctx, new Wire.TokenResult(admin.rotate(who(ctx)))));
            cfg.routes.post("/v1/push", this::push);
            cfg.routes.get("/v1/pull", this::pull);
            cfg.routes.get("/v1/conflicts", ctx -> json(ctx, pulls.openConflicts(who(ctx))));
            cfg.routes.post("/v1/conflicts/{id}/resolve", ctx -> {
                Wire.ResolveRequest r = body(ctx, Wire.ResolveRequest.class);
                json(ctx, resolver.resolve(who(ctx), ctx.pathParam("id"), r.candidateId(), r.reason()));
            });
            cfg.routes.post("/v1/users", ctx -> {
                Principal p = manager(ctx);
                Wire.UserRequest r = body(ctx, Wire.UserRequest.class);
                json(ctx, new Wire.CodeResult(admin.addUser(admin.teamName(p.teamId()), r.name(), Role.of(r.role()))));
            });
            cfg.routes.post("/v1/users/{name}/revoke", ctx -> {
                admin.revokeUser(manager(ctx).teamId(), ctx.pathParam("name"));
                ctx.status(204);
            });
            cfg.routes.get("/v1/devices", ctx -> json(ctx, admin.devices(manager(ctx).teamId())));
            cfg.routes.post("/v1/devices/{id}/revoke", ctx -> {
                admin.revokeDevice(manager(ctx).teamId(), ctx.pathParam("id"));
                ctx.status(204);
            });
            cfg.routes.get("/v1/audit", ctx -> {
                Principal p = who(ctx);
                if (!p.role().readsAudit()) {
                    throw refused(p, "read the audit trail");
                }
                json(ctx, pulls.pull(p, longParam(ctx, "after"), intParam(ctx, "limit", 1000)).changes());
            });
        }).start();
        LOG.info("team server listening on {}:{} ({})", o.host(), port(), o.keystore() == null ? "http" : "https");
        return this;
    }

    public int port() {
        return app.port();
    }

    private void health(Context ctx) {
        boolean up = db.reachable();
        ctx.status(up ? 200 : 503);
        json(ctx, java.util.Map.of("status", up ? "ok" : "database unreachable", "database", up ? "ok" : "down"));
    }

    private void checkProtocol(Context ctx) {
        if (ctx.path().equals("/v1/hello")) {
            return;
        }
        String header = ctx.header(Protocol.HEADER);
        int version;
        try {
            version = header == null ? 0 : Integer.parseInt(header.strip());
        } catch (NumberFormatException e) {
            version = 0;
        }
        if (version < Protocol.MIN_SUPPORTED) {
            throw new ServerException(426, Protocol.needsNewer(Protocol.MIN_CLIENT_VERSION));
        }
        if (!ctx.path().equals("/v1/enrol")) {
            String auth = ctx.header("Authorization");
            String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).strip() : null;
            Principal p = admin.authenticate(token).orElseThrow(() -> new ServerException(401,
                    "This device is not enrolled or was revoked: join the team again with a new code"));
            ctx.attribute(WHO, p);
        }
    }

    private void push(Context ctx) {
        Principal p = who(ctx);
        if (!p.role().writes()) {
            throw refused(p, "push changes");
        }
        long start = System.nanoTime();
        Wire.PushRequest r = body(ctx, Wire.PushRequest.class);
        Wire.PushResult result = pushes.push(p, r.ops() == null ? List.of() : r.ops());
        metrics.count("creddesk_pushes_total", "", 1);
        result.results().forEach(x -> metrics.count("creddesk_push_ops_total", "outcome=\"" + x.outcome() + "\"", 1));
        metrics.observe("creddesk_push_seconds", "", System.nanoTime() - start);
        json(ctx, result);
    }

    private void pull(Context ctx) {
        Principal p = who(ctx);
        long start = System.nanoTime();
        Wire.PullResult result = pulls.pull(p, longParam(ctx, "after"), intParam(ctx, "limit", 1000));
        metrics.count("creddesk_pulls_total", "", 1);
        metrics.observe("creddesk_pull_seconds", "", System.nanoTime() - start);
        json(ctx, result);
    }

    private static Principal who(Context ctx) {
        return ctx.attribute(WHO);
    }

    private static Principal manager(Context ctx) {
        Principal p = who(ctx);
        if (!p.role().manages()) {
            throw refused(p, "manage the team's users and devices");
        }
        return p;
    }

    private static ServerException refused(Principal p, String what) {
        LOG.warn("refused: device {} with role {} may not {}", p.deviceId(), p.role().code(), what);
        return new ServerException(403, "The role " + p.role().code() + " may not " + what);
    }

    private static long longParam(Context ctx, String name) {
        String v = ctx.queryParam(name);
        try {
            return v == null ? 0 : Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new ServerException(400, "'" + v + "' is not a number for " + name);
        }
    }

    private static int intParam(Context ctx, String name, int otherwise) {
        String v = ctx.queryParam(name);
        try {
            return v == null ? otherwise : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new ServerException(400, "'" + v + "' is not a number for " + name);
        }
    }

    private static <T> T body(Context ctx, Class<T> type) {
        try {
            T value = JSON.readValue(ctx.bodyAsBytes(), type);
            if (value == null) {
                throw new ServerException(400, "The request needs a JSON body");
            }
            return value;
        } catch (java.io.IOException e) {
            throw new ServerException(400, "The request is not valid JSON for this endpoint");
        }
    }

    private static void json(Context ctx, Object value) {
        try {
            ctx.contentType("application/json").result(JSON.writeValueAsBytes(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void problem(Context ctx, int status, String message) {
        ctx.status(status);
        json(ctx, new Wire.Problem(message));
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
        }
    }
}
