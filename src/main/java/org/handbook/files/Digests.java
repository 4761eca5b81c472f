package org.handbook.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The digests files are named, identified and checked by. */
public final class Digests {

    private Digests() {
    }

    public static byte[] sha256(byte[] content) {
        return digest("SHA-256", content);
    }

    public static byte[] sha512(byte[] content) {
        return digest("SHA-512", content);
    }

    private static byte[] digest(String algorithm, byte[] content) {
        try {
            return MessageDigest.getInstance(algorithm).digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + algorithm, e);
        }
    }
}
