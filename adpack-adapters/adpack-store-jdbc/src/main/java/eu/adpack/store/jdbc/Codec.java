package eu.adpack.store.jdbc;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.json.AdpackJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

/** Records to and from their stored JSON form: AdPack's JSON form, with or without personal data. Thread-safe. */
final class Codec {
    private final ObjectWriter writer;
    private final AdpackJson reader = AdpackJson.standard();

    Codec(boolean keepPersonalData) {
        AdpackJson json = keepPersonalData ? AdpackJson.standard() : AdpackJson.withoutPersonalData();
        writer = json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);
    }

    /**
     * Writes a record's stored form.
     *
     * @throws InvalidRecordException if its text is not well-formed Unicode (an unpaired surrogate), which no
     *     database column can hold unchanged
     */
    String write(Object value) {
        String body = writer.writeValueAsString(value);
        int bad = malformedAt(body);
        if (bad >= 0) {
            throw new InvalidRecordException(value.getClass().getSimpleName().toLowerCase(Locale.ROOT), "text",
                    "…" + body.substring(Math.max(0, bad - 20), bad) + "…",
                    "is followed by an unpaired surrogate character", "well-formed Unicode text");
        }
        return body;
    }

    /** The index of the first unpaired surrogate in a text, or -1 when it is well-formed. */
    static int malformedAt(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(ch)) {
                return i;
            }
        }
        return -1;
    }

    <T> T read(String body, Class<T> type) {
        ObjectReader r = reader.mapper().readerFor(type);
        return r.readValue(body);
    }

    static String hash(String body) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(d.digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
