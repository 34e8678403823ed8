package org.juxta.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * Test values drawn from a seed: a seed gives the same values on every run, so that a failing case is named by its
 * seed and comes back when run again.
 */
final class SeededRandom {

    /** The check of the case a seed generates; its assertions name the seed and the generated value. */
    @FunctionalInterface
    interface SeededCheck {

        void check(long seed) throws Exception;
    }

    // SplittableRandom mixes its seed: java.util.Random's first draws hardly differ from one seed to the next.
    private final RandomGenerator random;

    SeededRandom(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * Checks the cases of seeds 1 to {@code tries}, the same on every run, in one test rather than one each, which
     * would cost far more than the checks. An exception thrown by a check is reported with its seed.
     */
    static void forEachSeed(int tries, SeededCheck property) {
        for (long seed = 1; seed <= tries; seed++) {
            try {
                property.check(seed);
            } catch (Exception unexpected) {
                throw new AssertionError("seed %d: %s".formatted(seed, unexpected), unexpected);
            }
        }
    }

    /** From {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    char oneOf(String characters) {
        return characters.charAt(random.nextInt(characters.length()));
    }

    <T> T oneOf(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    <E extends Enum<E>> E oneOf(Class<E> type) {
        return oneOf(List.of(type.getEnumConstants()));
    }

    /** A string of the given characters, of a length from {@code minLength} to {@code maxLength}. */
    String string(String characters, int minLength, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int length = between(minLength, maxLength); text.length() < length;) {
            text.append(oneOf(characters));
        }
        return text.toString();
    }

    /** A list of {@code minSize} to {@code maxSize} elements, each drawn by {@code element}. */
    <T> List<T> list(int minSize, int maxSize, Supplier<T> element) {
        return IntStream.range(0, between(minSize, maxSize)).mapToObj(index -> element.get()).toList();
    }

    /** A day from {@code first} to {@code last}, both included. */
    LocalDate day(LocalDate first, LocalDate last) {
        return LocalDate.ofEpochDay(random.nextLong(first.toEpochDay(), last.toEpochDay() + 1));
    }
}
