package io.lockstep.share;

import io.lockstep.lang.Releases;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A bundled kernel model's identity: the SHA-256 of its text, as "sha256:" and 64 hex digits. */
public final class ModelFingerprint {
    private ModelFingerprint() {}

    /** The fingerprint of bundled model {@code release} as this build has it, or null if there is none. */
    public static String of(String release) {
        return release == null ? null : Releases.text(release).map(ModelFingerprint::ofText).orElse(null);
    }

    static String ofText(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
