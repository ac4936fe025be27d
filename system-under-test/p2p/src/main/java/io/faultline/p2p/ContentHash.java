package io.faultline.p2p;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash a file travels with: SHA-256 (FIPS 180-4) of the content's UTF-8 bytes, in lower-case hex. A fetcher
 * or a checker recomputes it to tell the published bytes from bytes a fault cut or corrupted on the way.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(String content) {
        return HexFormat.of().formatHex(sha256().digest(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
