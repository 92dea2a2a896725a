package org.creddesk.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.creddesk.sync.Protocol;
import org.creddesk.sync.SyncClient;
import org.creddesk.sync.SyncException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server speaks HTTPS with the keystore it is given; a desktop that does not trust it gets nothing. */
class TlsServerTest {
    @TempDir
    Path dir;

    @Test
    void aKeystoreServesHttpsAndAnUntrustedCertificateIsRefused() throws Exception {
        Path ks = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "creddesk", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
                "-ext", "san=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", ks.toString(), "-storepass", "secret1", "-keypass", "secret1")
                .redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        assertThat(keytool.waitFor()).isZero();

        try (ServerDatabase db = TestPostgres.open(TestPostgres.newDatabase());
             SyncServer server = new SyncServer(db).start(new SyncServer.Options("127.0.0.1", 0, ks, "secret1"))) {
            String url = "https://127.0.0.1:" + server.port();
            SyncClient trusting = new SyncClient(url, null, trusting(ks), Protocol.VERSION);
            assertThat(trusting.hello().protocolMax()).isEqualTo(Protocol.VERSION);

            assertThatThrownBy(() -> new SyncClient(url, null).hello()).isInstanceOf(SyncException.class)
                    .extracting(e -> ((SyncException) e).kind()).isEqualTo(SyncException.Kind.UNREACHABLE);
        }
    }

    private static SSLContext trusting(Path ks) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(ks)) {
            store.load(in, "secret1".toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return ssl;
    }
}
