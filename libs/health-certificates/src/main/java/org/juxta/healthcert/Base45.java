package org.juxta.healthcert;

import java.util.Arrays;
import java.util.Objects;

/**
 * Base45 (RFC 9285), the encoding that packs bytes into the 45 characters of a QR code's alphanumeric mode: every two
 * bytes become three characters (the 16-bit value in base 45, least significant digit first) and an odd last byte
 * becomes two.
 */
public final class Base45 {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    private static final int RADIX = 45;
    private static final int[] VALUES = new int[128];

    static {
        Arrays.fill(VALUES, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUES[ALPHABET.charAt(i)] = i;
        }
    }

    private Base45() {
    }

    public static String encode(byte[] data) {
        Objects.requireNonNull(data, "data");
        StringBuilder text = new StringBuilder((data.length + 1) / 2 * 3);
        int i = 0;
        for (; i + 1 < data.length; i += 2) {
            int value = (data[i] & 0xff) << 8 | data[i + 1] & 0xff;
            text.append(ALPHABET.charAt(value % RADIX)).append(ALPHABET.charAt(value / RADIX % RADIX))
                    .append(ALPHABET.charAt(value / (RADIX * RADIX)));
        }
        if (i < data.length) {
            int value = data[i] & 0xff;
            text.append(ALPHABET.charAt(value % RADIX)).append(ALPHABET.charAt(value / RADIX));
        }
        return text.toString();
    }

    /**
     * Decodes {@code text} from {@code start} to its end.
     *
     * @throws IllegalArgumentException
     *             with a sentence saying what is wrong and where (positions count from {@code start}): a character
     *             outside the alphabet, a group worth more than its bytes hold, or a single character left at the end
     */
    public static byte[] decode(CharSequence text, int start) {
        Objects.requireNonNull(text, "text");
        int length = text.length() - start;
        if (length % 3 == 1) {
            throw new IllegalArgumentException(("%,d characters leave one over at the end; Base45 writes two bytes as"
                    + " three characters and a last single byte as two").formatted(length));
        }
        byte[] data = new byte[length / 3 * 2 + (length % 3 == 2 ? 1 : 0)];
        int out = 0;
        for (int i = 0; i < length; i += 3) {
            boolean pair = i + 2 < length;
            int value = valueAt(text, start, i) + valueAt(text, start, i + 1) * RADIX;
            if (pair) {
                value += valueAt(text, start, i + 2) * RADIX * RADIX;
                if (value > 0xffff) {
                    throw new IllegalArgumentException("group \"%s\" at position %,d is %,d, more than two bytes hold"
                            .formatted(text.subSequence(start + i, start + i + 3), i, value));
                }
                data[out++] = (byte) (value >> 8);
            } else if (value > 0xff) {
                throw new IllegalArgumentException("last group \"%s\" at position %,d is %,d, more than a byte holds"
                        .formatted(text.subSequence(start + i, start + i + 2), i, value));
            }
            data[out++] = (byte) value;
        }
        return data;
    }

    public static byte[] decode(CharSequence text) {
        return decode(text, 0);
    }

    private static int valueAt(CharSequence text, int start, int position) {
        char character = text.charAt(start + position);
        int value = character < VALUES.length ? VALUES[character] : -1;
        if (value < 0) {
            throw new IllegalArgumentException("character %s at position %,d is not in the Base45 alphabet"
                    .formatted(describe(character), position));
        }
        return value;
    }

    private static String describe(char character) {
        return Character.isISOControl(character) || Character.isWhitespace(character)
                ? "U+%04X".formatted((int) character)
                : "'" + character + "'";
    }
}
