package eu.adpack.adapters.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns a file's bytes into text, refusing what is not UTF-8 text before any parsing starts. */
final class TextDecoder {
    /** The decoded text, and whether a byte-order mark was skipped. */
    record Text(String text, boolean byteOrderMark) {}

    private TextDecoder() {}

    static Text decode(byte[] bytes, String source) {
        if (bytes.length == 0 || isBlank(bytes)) {
            throw new UnreadableFileException(source + ": the file is empty (expected a header line or JSON)");
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new UnreadableFileException(source + ": the file is UTF-16 text (expected UTF-8; in a spreadsheet"
                    + " save as 'CSV UTF-8')");
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            throw new UnreadableFileException(source + ": the file is a ZIP archive, such as an .xlsx workbook"
                    + " (expected CSV or JSON text; in the spreadsheet save as 'CSV UTF-8')");
        }
        int start = 0;
        boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF;
        if (bom) {
            start = 3;
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableFileException(source + ": line " + lineAt(bytes, i) + ": byte 0x00 at offset "
                        + i + ": the file is binary (expected UTF-8 text: CSV or JSON)");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            String text = decoder.decode(in).toString();
            if (text.isBlank()) {
                throw new UnreadableFileException(source + ": the file is empty (expected a header line or JSON)");
            }
            return new Text(text, bom);
        } catch (CharacterCodingException e) {
            int at = in.position();
            throw new UnreadableFileException(source + ": line " + lineAt(bytes, at) + ": byte 0x"
                    + String.format("%02X", bytes[Math.min(at, bytes.length - 1)] & 0xFF) + " at offset " + at
                    + " is not UTF-8 (expected UTF-8 text; in a spreadsheet save as 'CSV UTF-8')", e);
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
