package org.juxta.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Test values drawn from a seed: a seed gives the same values on every run, so that a failing case is named by its
 * seed and comes back when run again.
 */
public final class SeededRandom {

    /** The check of the case a seed generates; its assertions name the seed and the generated value. */
    @FunctionalInterface
    public interface SeededCheck {

        void check(long seed) throws Exception;
    }

    // SplittableRandom mixes its seed: java.util.Random's first draws hardly differ from one seed to the next.
    private final RandomGenerator random;

    public SeededRandom(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * Checks the cases of seeds 1 to {@code tries}, the same on every run, in one test rather than one each, which
     * would cost far more than the checks. An exception thrown by a check is reported with its seed.
     */
    public static void forEachSeed(int tries, SeededCheck property) {
        for (long seed = 1; seed <= tries; seed++) {
            try {
                property.check(seed);
            } catch (Exception unexpected) {
                throw new AssertionError("seed %d: %s".formatted(seed, unexpected), unexpected);
            }
        }
    }

    /** From {@code min} to {@code max}, both included. */
    public int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    public boolean nextBoolean() {
        return random.nextBoolean();
    }

    public <T> T oneOf(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SafeVarargs
    public final <T> T oneOf(T... values) {
        return oneOf(List.of(values));
    }

    public <E extends Enum<E>> E oneOf(Class<E> type) {
        return oneOf(type.getEnumConstants());
    }

    /** A value drawn by one of the given generators, each as likely. */
    @SafeVarargs
    public final <T> T fromOneOf(Supplier<? extends T>... generators) {
        return oneOf(generators).get();
    }

    /** One of the given characters. */
    public char character(String characters) {
        return characters.charAt(random.nextInt(characters.length()));
    }

    /** A string of the given characters, of a length from {@code minLength} to {@code maxLength}. */
    public String string(String characters, int minLength, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int length = between(minLength, maxLength); text.length() < length;) {
            text.append(character(characters));
        }
        return text.toString();
    }

    /** A string of any UTF-16 code units, lone surrogates included. */
    public String anyString(int minLength, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int length = between(minLength, maxLength); text.length() < length;) {
            text.append((char) random.nextInt(Character.MAX_VALUE + 1));
        }
        return text.toString();
    }

    /** {@code count} different characters of the given ones, in random order. */
    public String distinctCharacters(String characters, int count) {
        List<Character> shuffled = new ArrayList<>(characters.chars().mapToObj(c -> (char) c).toList());
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, count).stream().map(String::valueOf).collect(Collectors.joining());
    }

    /** A list of {@code minSize} to {@code maxSize} elements, each drawn by {@code element}. */
    public <T> List<T> list(int minSize, int maxSize, Supplier<T> element) {
        return IntStream.range(0, between(minSize, maxSize)).mapToObj(index -> element.get()).toList();
    }

    /**
     * Present or empty, as likely: so that values left out, alone or together (an address with a country only), are
     * as common as values given.
     */
    public <T> Optional<T> optional(Supplier<T> value) {
        return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
    }

    /** A day from {@code first} to {@code last}, both included. */
    public LocalDate day(LocalDate first, LocalDate last) {
        return LocalDate.ofEpochDay(random.nextLong(first.toEpochDay(), last.toEpochDay() + 1));
    }
}
