package io.tokenrefresher.core.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * MD5 as BladeX-family gateways expect a login password: the UTF-8 bytes hashed, written as 32
 * lower-case hex digits (their front ends call {@code md5(password)}, the server compares with
 * {@code DigestUtil.md5Hex}). Not a security measure, only the wire format those servers want.
 */
public final class Md5 {
    private Md5() {
    }

    public static String hex(String text) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md5.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide MD5 (MessageDigest's javadoc), so this cannot happen
            throw new IllegalStateException(e);
        }
    }
}
