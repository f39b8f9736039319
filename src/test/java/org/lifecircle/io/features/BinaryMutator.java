package org.lifecircle.io.features;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Random;

/**
 * Seeded damage to valid binary fixtures (Shapefile parts, GeoPackage databases) for the reader
 * fuzz tests: flipped bits, header fields overwritten with extreme integers or doubles in either
 * byte order, truncation, and deleted, repeated or random ranges. Half of the edits fall in the
 * first {@code headerBytes}, where counts, offsets and lengths live. The same seed gives the same
 * bytes, so a failure is reproduced from the seed printed with it.
 */
final class BinaryMutator {

    private static final int[] INTS = {0, -1, 1, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x7FFF, 0xFFFF, 65_536,
        1 << 24, 50, 8, 28};
    private static final double[] DOUBLES = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        1e308, -1e308, 0, -0.0, 4.9e-324, 181, -91, 516341.2};

    private final Random random;

    BinaryMutator(Random random) {
        this.random = random;
    }

    /** One to three edits of a copy of the bytes. */
    byte[] mutate(byte[] original, int headerBytes) {
        byte[] bytes = original.clone();
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits && bytes.length > 0; i++) {
            bytes = mutateOnce(bytes, headerBytes);
        }
        return bytes;
    }

    private byte[] mutateOnce(byte[] bytes, int headerBytes) {
        int at = random.nextBoolean() ? random.nextInt(Math.min(headerBytes, bytes.length)) : random.nextInt(bytes.length);
        switch (random.nextInt(7)) {
            case 0 -> bytes[at] ^= (byte) (1 << random.nextInt(8));
            case 1 -> put(bytes, at, ByteBuffer.allocate(4).order(order()).putInt(INTS[random.nextInt(INTS.length)]));
            case 2 -> put(bytes, at, ByteBuffer.allocate(8).order(order())
                    .putDouble(DOUBLES[random.nextInt(DOUBLES.length)]));
            case 3 -> {
                return Arrays.copyOf(bytes, at);
            }
            case 4 -> {
                return splice(bytes, at, Math.min(bytes.length, at + 1 + random.nextInt(64)), new byte[0]);
            }
            case 5 -> {
                int end = Math.min(bytes.length, at + 1 + random.nextInt(64));
                return splice(bytes, at, at, Arrays.copyOfRange(bytes, at, end));
            }
            default -> {
                byte[] noise = new byte[1 + random.nextInt(16)];
                random.nextBytes(noise);
                put(bytes, at, ByteBuffer.wrap(noise).position(noise.length));
            }
        }
        return bytes;
    }

    private ByteOrder order() {
        return random.nextBoolean() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    private static void put(byte[] bytes, int at, ByteBuffer value) {
        byte[] raw = Arrays.copyOf(value.array(), value.position());
        System.arraycopy(raw, 0, bytes, at, Math.min(raw.length, bytes.length - at));
    }

    private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
        byte[] out = new byte[bytes.length - (to - from) + insert.length];
        System.arraycopy(bytes, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(bytes, to, out, from + insert.length, bytes.length - to);
        return out;
    }
}
