package org.creddesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.creddesk.server.ServerException;
import org.creddesk.server.ServerHome;
import org.creddesk.server.SyncServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code creddesk serve}: the same program as the team server; it never loads JavaFX. Runs until stopped. */
@Command(name = "serve", description = "Run the team sync server (PostgreSQL: bundled in --data, or --database).")
public final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    CredDeskCommand root;
    @Mixin
    ServerCommand.Store store;
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8443")
    int port;
    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default loopback; any other needs --tls-keystore)")
    String host;
    @Option(names = "--tls-keystore", paramLabel = "KEYSTORE", description = "PKCS12 or JKS keystore with the certificate")
    Path keystore;
    @Option(names = "--tls-password-file", paramLabel = "FILE")
    Path tlsPasswordFile;

    @Override
    public Integer call() throws Exception {
        String password = null;
        if (keystore != null) {
            if (tlsPasswordFile == null) {
                throw new CliException(CliException.USAGE, "--tls-keystore needs --tls-password-file");
            }
            password = ServerHome.readSecret(tlsPasswordFile);
        }
        SyncServer.Options options = new SyncServer.Options(host, port, keystore, password);
        try {
            SyncServer.checkBind(options);
        } catch (ServerException e) {
            throw new CliException(CliException.REFUSED, e.getMessage());
        }
        CountDownLatch stop = new CountDownLatch(1);
        try (ServerHome home = ServerHome.open(store.dataDir(), store.database, store.dbUser, store.dbPasswordFile);
             SyncServer server = new SyncServer(home.database()).start(options)) {
            Thread hook = new Thread(stop::countDown);
            Runtime.getRuntime().addShutdownHook(hook);
            String url = (keystore == null ? "http" : "https") + "://" + host + ":" + server.port();
            if (store.database == null) {
                Files.createDirectories(store.dataDir());
                Files.writeString(store.dataDir().resolve("server.url"), url);
            }
            root.err().println("CredDesk team server listening on " + url + " (Ctrl+C stops it)");
            root.err().flush();
            try {
                stop.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // already shutting down
                }
            }
        } catch (ServerException e) {
            throw ServerCommand.asCli(e);
        }
        return 0;
    }
}
