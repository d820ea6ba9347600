package vn.qrgate.gateway.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A throw-away site PKI made with the real {@code openssl}: the site CA, another CA nobody trusts, and three
 * server certificates on one key: a good one for localhost/127.0.0.1, one that expired in 2020, and one for
 * another host name. For TLS tests only; {@link #available()} says whether openssl is here.
 */
final class Pki {

    final Path dir;
    final Path caCert;
    final Path caKey;
    final Path otherCaCert;
    final Path serverKey;
    final Path serverCert;
    final Path expiredServerCert;
    final Path elsewhereServerCert;

    private Pki(Path dir) {
        this.dir = dir;
        caCert = dir.resolve("ca.pem");
        caKey = dir.resolve("ca.key");
        otherCaCert = dir.resolve("other-ca.pem");
        serverKey = dir.resolve("server.key");
        serverCert = dir.resolve("server.pem");
        expiredServerCert = dir.resolve("server-expired.pem");
        elsewhereServerCert = dir.resolve("server-elsewhere.pem");
    }

    static boolean available() {
        return Tools.runs("openssl", "version");
    }

    static Pki make(Path dir) {
        Pki p = new Pki(dir);
        try {
            Files.createDirectories(dir.resolve("issued"));
            Files.writeString(dir.resolve("index.txt"), "");
            Files.writeString(dir.resolve("serial"), "1000\n");
            Files.writeString(dir.resolve("ca.cnf"), String.join("\n", "[ca]", "default_ca = site", "[site]",
                    "database = index.txt", "new_certs_dir = issued", "serial = serial", "default_md = sha256",
                    "policy = any", "copy_extensions = copy", "unique_subject = no", "[any]", "commonName = supplied", ""));
            // EC keys: RSA key generation is slow and the key type does not matter here.
            p.openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "ca.key",
                    "-out", "ca.pem", "-days", "2", "-subj", "/CN=qrgate-site-ca");
            p.openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
                    "other-ca.key", "-out", "other-ca.pem", "-days", "2", "-subj", "/CN=someone-else");
            p.openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "server.key");
            p.server("server", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-days", "2");
            p.server("server-elsewhere", "subjectAltName=DNS:elsewhere.example", "-days", "2");
            // openssl x509 cannot back-date; openssl ca can.
            p.server("server-expired", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-startdate", "20200101000000Z",
                    "-enddate", "20200201000000Z");
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void server(String name, String san, String... validity) throws IOException {
        openssl("req", "-new", "-key", "server.key", "-subj", "/CN=" + name, "-addext", san, "-out", name + ".csr");
        List<String> args = new ArrayList<>(List.of("ca", "-batch", "-config", "ca.cnf", "-cert", "ca.pem", "-keyfile",
                "ca.key", "-in", name + ".csr", "-out", name + ".pem", "-notext"));
        args.addAll(List.of(validity));
        openssl(args.toArray(String[]::new));
    }

    private void openssl(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IOException("openssl " + String.join(" ", args) + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
