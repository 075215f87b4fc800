package org.backchannel.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;

/**
 * A self-signed certificate for 127.0.0.1 and its private key as PEM files in a folder, the layout
 * Neo4j's Bolt SSL policy reads. Made by the JDK's own {@code keytool} (no BouncyCastle on this
 * classpath), then written out as PKCS#8 and X.509 PEM through the {@link KeyStore} API.
 */
public record SelfSignedCertificate(Path directory, Path privateKey, Path certificate) {

    private static final String ALIAS = "bolt";
    private static final char[] STORE_PASSWORD = "test-only".toCharArray();

    public static SelfSignedCertificate create(Path directory) throws IOException, InterruptedException, GeneralSecurityException {
        Files.createDirectories(directory.resolve("trusted"));
        Files.createDirectories(directory.resolve("revoked"));
        Path keyStore = directory.resolve("bolt.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", ALIAS, "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", new String(STORE_PASSWORD), "-keypass", new String(STORE_PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("keytool failed: " + output);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, STORE_PASSWORD);
        }
        Path key = directory.resolve("private.key");
        Path certificate = directory.resolve("public.crt");
        Files.writeString(key, pem("PRIVATE KEY", store.getKey(ALIAS, STORE_PASSWORD).getEncoded()));
        Files.writeString(certificate, pem("CERTIFICATE", store.getCertificate(ALIAS).getEncoded()));
        Files.delete(keyStore);
        return new SelfSignedCertificate(directory, key, certificate);
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
