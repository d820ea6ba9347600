package vn.qrgate.reader.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A throw-away PKI made with the {@code openssl} command: a CA, a server certificate for 127.0.0.1 and
 * localhost, and client certificates with RSA and EC keys in PKCS#8 PEM, plus a PKCS#1 RSA key. For TLS
 * tests only; {@link #available()} says whether openssl is on this machine.
 */
public final class TestCertificates {

    public final Path dir;
    public final Path caCert;
    public final Path serverCert;
    public final Path serverKey;
    public final Path clientCert;
    public final Path clientKeyEc;
    public final Path clientCertRsa;
    public final Path clientKeyRsa;
    public final Path clientKeyPkcs1;
    public final Path otherCaCert;
    /** Signed by {@link #caCert} for 127.0.0.1 and localhost, but valid only in January 2020. */
    public final Path expiredServerCert;
    /** Signed by {@link #caCert}, valid now, but for the host elsewhere.example only. */
    public final Path elsewhereServerCert;

    private TestCertificates(Path dir) {
        this.dir = dir;
        this.caCert = dir.resolve("ca.pem");
        this.serverCert = dir.resolve("server.pem");
        this.serverKey = dir.resolve("server.key");
        this.clientCert = dir.resolve("client-ec.pem");
        this.clientKeyEc = dir.resolve("client-ec.key");
        this.clientCertRsa = dir.resolve("client-rsa.pem");
        this.clientKeyRsa = dir.resolve("client-rsa.key");
        this.clientKeyPkcs1 = dir.resolve("client-rsa-pkcs1.key");
        this.otherCaCert = dir.resolve("other-ca.pem");
        this.expiredServerCert = dir.resolve("server-expired.pem");
        this.elsewhereServerCert = dir.resolve("server-elsewhere.pem");
    }

    public static boolean available() {
        try {
            return new ProcessBuilder("openssl", "version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Makes every file in {@code dir}; the client certificates' common name is {@code clientName}. */
    public static TestCertificates make(Path dir, String clientName) {
        TestCertificates c = new TestCertificates(dir);
        try {
            Files.createDirectories(dir);
            Path ext = dir.resolve("server.ext");
            Files.writeString(ext, "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
            // EC keys where the key type does not matter: RSA key generation is slow.
            c.openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "ca.key",
                    "-out", "ca.pem", "-days", "2", "-subj", "/CN=qrgate-test-ca");
            c.openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
                    "other-ca.key", "-out", "other-ca.pem", "-days", "2", "-subj", "/CN=someone-else");
            c.openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "server.key",
                    "-out", "server.csr", "-subj", "/CN=localhost");
            c.openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                    "-out", "server.pem", "-days", "2", "-extfile", "server.ext");
            c.openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "client-ec.key");
            c.openssl("req", "-new", "-key", "client-ec.key", "-out", "client-ec.csr", "-subj", "/CN=" + clientName);
            c.openssl("x509", "-req", "-in", "client-ec.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                    "-out", "client-ec.pem", "-days", "2");
            c.openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "client-rsa.key");
            c.openssl("req", "-new", "-key", "client-rsa.key", "-out", "client-rsa.csr", "-subj", "/CN=" + clientName);
            c.openssl("x509", "-req", "-in", "client-rsa.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                    "-out", "client-rsa.pem", "-days", "2");
            c.openssl("pkey", "-in", "client-rsa.key", "-traditional", "-out", "client-rsa-pkcs1.key");
            c.caSigned("server-expired", "subjectAltName=IP:127.0.0.1,DNS:localhost",
                    "-startdate", "20200101000000Z", "-enddate", "20200201000000Z");
            c.caSigned("server-elsewhere", "subjectAltName=DNS:elsewhere.example", "-days", "2");
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server certificate on server.key through {@code openssl ca}, which, unlike x509, can back-date. */
    private void caSigned(String name, String san, String... validity) throws IOException {
        Files.createDirectories(dir.resolve("issued"));
        if (!Files.exists(dir.resolve("ca.cnf"))) {
            Files.writeString(dir.resolve("index.txt"), "");
            Files.writeString(dir.resolve("serial.txt"), "1000\n");
            Files.writeString(dir.resolve("ca.cnf"), String.join("\n", "[ca]", "default_ca = test", "[test]",
                    "database = index.txt", "new_certs_dir = issued", "serial = serial.txt", "default_md = sha256",
                    "policy = any", "copy_extensions = copy", "unique_subject = no", "[any]", "commonName = supplied", ""));
        }
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
