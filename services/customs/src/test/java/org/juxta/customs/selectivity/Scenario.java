package org.juxta.customs.selectivity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.juxta.customs.api.model.DeclarationType;
import org.juxta.customs.selectivity.Condition.DeclarantIn;
import org.juxta.customs.selectivity.Condition.GrossMassPerPackageOutside;
import org.juxta.customs.selectivity.Condition.HsCodeIn;
import org.juxta.customs.selectivity.Condition.ImporterIn;
import org.juxta.customs.selectivity.Condition.MeasuredMassDeviates;
import org.juxta.customs.selectivity.Condition.OriginIn;
import org.juxta.customs.selectivity.Condition.ProcedureIn;
import org.juxta.customs.selectivity.Condition.RandomSelection;
import org.juxta.customs.selectivity.Condition.TypeIn;
import org.juxta.customs.selectivity.Condition.ValuePerKgBelow;

/**
 * Random rules and declarations drawn from pools of HS subheadings, countries and traders, with a mix of conditions
 * like a rule book's: HS and origin profiles, watched traders, undervaluation thresholds, procedures, weight checks,
 * random selection. Small pools make rules fire often (for comparing evaluations); the full HS and many traders make
 * a realistic load (for measuring). Reproducible from its seed.
 */
final class Scenario {

    static final Instant NOW = Instant.parse("2026-12-10T08:00:00Z");
    private static final List<String> ORIGINS = List.of("CHN", "CHN", "CHN", "CHN", "RUS", "RUS", "KOR", "JPN", "DEU",
            "USA", "TUR", "VNM", "IND", "KAZ", "HKG", "ITA", "FRA", "POL", "THA", "MYS");
    private static final List<String> CURRENCIES = List.of("USD", "USD", "USD", "USD", "USD", "CNY", "EUR");
    private static final List<String> IMPORT_PROCEDURES = List.of("4000", "4000", "4000", "4071", "5100", "4200");
    private static final List<String> EXPORT_PROCEDURES = List.of("1000", "1000", "1040", "2100");

    /** What the rules look like. */
    enum Mix {
        /**
         * Broad profiles (whole chapters, origins and value thresholds on their own), so that many rules fire for
         * every declaration: a stress case, and many firings to compare evaluations on.
         */
        BROAD,
        /**
         * Narrow profiles as a rule book has them (HS with origin, undervaluation per heading, watched traders,
         * random percentages of a procedure or origin), so that a few rules fire per declaration.
         */
        RULE_BOOK
    }

    private final Mix mix;
    private final Random random;
    private final List<String> subheadings;
    private final List<String> origins;
    private final List<String> declarants;
    private final List<String> importers;
    private final Set<String> trustedTraders;
    private final int maxItems;

    /**
     * @param subheadings
     *            the HS subheadings items are declared under
     * @param countries
     *            how many of the origin pool to use, 1 to 20 (the first are the most frequent)
     * @param declarants
     *            the number of declarants (brokers)
     * @param importers
     *            the number of importers
     * @param maxItems
     *            declarations have 1 to {@code maxItems} items
     */
    Scenario(long seed, Mix mix, List<String> subheadings, int countries, int declarants, int importers, int maxItems) {
        this.mix = mix;
        this.random = new Random(seed);
        this.subheadings = List.copyOf(subheadings);
        this.origins = ORIGINS.subList(0, Math.min(countries + 3, ORIGINS.size()));
        this.declarants = IntStream.range(0, declarants).mapToObj(i -> "MN4" + String.format("%06d", i)).toList();
        this.importers = IntStream.range(0, importers).mapToObj(i -> "MN7" + String.format("%06d", i)).toList();
        Set<String> trusted = new HashSet<>();
        this.declarants.stream().filter(id -> random.nextInt(10) == 0).forEach(trusted::add);
        this.importers.stream().filter(id -> random.nextInt(10) == 0).forEach(trusted::add);
        this.trustedTraders = Set.copyOf(trusted);
        this.maxItems = maxItems;
    }

    /** The authorised economic operators among the traders, about one in ten. */
    Set<String> trustedTraders() {
        return trustedTraders;
    }

    List<SelectivityRule> rules(int count) {
        List<SelectivityRule> rules = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rules.add(rule(i));
        }
        return rules;
    }

    /** A rule valid now 85 % of the time, expired or not yet valid otherwise. */
    SelectivityRule rule(int number) {
        Channel channel = pick(List.of(Channel.GREEN, Channel.YELLOW, Channel.YELLOW, Channel.YELLOW, Channel.RED,
                Channel.RED));
        int validity = random.nextInt(100);
        Instant validFrom = validity < 5
                ? NOW.plus(Duration.ofDays(1 + random.nextInt(30)))
                : NOW.minus(Duration.ofDays(1 + random.nextInt(700)));
        Instant validTo = validity >= 5 && validity < 15
                ? NOW.minus(Duration.ofHours(random.nextInt(24) + 1))
                : random.nextBoolean() ? null : NOW.plus(Duration.ofDays(31 + random.nextInt(365)));
        if (validTo != null && !validTo.isAfter(validFrom)) {
            validFrom = validTo.minus(Duration.ofDays(30));
        }
        return new SelectivityRule(new UUID(random.nextLong(), random.nextLong()), "rule " + number, channel,
                random.nextInt(100), validFrom, validTo, mix == Mix.BROAD ? broadConditions() : ruleBookConditions(),
                random.nextInt(100) < 8);
    }

    private List<Condition> ruleBookConditions() {
        List<Condition> conditions = new ArrayList<>();
        int kind = random.nextInt(100);
        if (kind < 30) {
            int level = random.nextInt(20);
            String subheading = pick(subheadings);
            conditions.add(new HsCodeIn(Set.of(level < 9
                    ? subheading
                    : level < 17
                            ? subheading.substring(0, 4)
                            : subheading.substring(0, 2))));
            if (level >= 9 || random.nextInt(10) < 7) {
                conditions.add(origin());
            }
            if (level >= 17) {
                conditions.add(new ValuePerKgBelow(pick(CURRENCIES), 20 + random.nextInt(280)));
            }
        } else if (kind < 40) {
            conditions.add(new HsCodeIn(Set.of(pick(subheadings).substring(0, 4))));
            conditions.add(new ValuePerKgBelow(pick(CURRENCIES), 50 + random.nextInt(450)));
            if (random.nextBoolean()) {
                conditions.add(origin());
            }
        } else if (kind < 55) {
            conditions.add(random.nextBoolean()
                    ? new DeclarantIn(some(declarants, 1 + random.nextInt(3)))
                    : new ImporterIn(some(importers, 1 + random.nextInt(3))));
            if (random.nextInt(3) == 0) {
                conditions.add(new HsCodeIn(Set.of(pick(subheadings).substring(0, 2))));
            }
        } else if (kind < 62) {
            conditions.add(origin());
            conditions.add(new TypeIn(Set.of(DeclarationType.IMPORT)));
            conditions.add(new RandomSelection(BigDecimal.valueOf(20 + random.nextInt(180), 2)));
        } else if (kind < 70) {
            conditions.add(new ProcedureIn(Set.of(random.nextBoolean()
                    ? pick(IMPORT_PROCEDURES)
                    : pick(EXPORT_PROCEDURES).substring(0, 2))));
            conditions.add(new RandomSelection(BigDecimal.valueOf(20 + random.nextInt(180), 2)));
        } else if (kind < 80) {
            conditions.add(new RandomSelection(BigDecimal.valueOf(5 + random.nextInt(95), 2)));
            if (random.nextBoolean()) {
                conditions.add(new TypeIn(Set.of(pick(List.of(DeclarationType.values())))));
            }
        } else if (kind < 88) {
            conditions.add(new MeasuredMassDeviates(BigDecimal.valueOf(5 + random.nextInt(16))));
        } else if (kind < 98) {
            conditions.add(new HsCodeIn(Set.of(pick(subheadings).substring(0, 4))));
            conditions.add(random.nextBoolean()
                    ? new GrossMassPerPackageOutside(null, BigDecimal.valueOf(40 + random.nextInt(40)))
                    : new GrossMassPerPackageOutside(BigDecimal.valueOf(5 + random.nextInt(16), 1), null));
        } else {
            // Goods declared at next to nothing, whatever they are.
            conditions.add(new ValuePerKgBelow(pick(CURRENCIES), 5 + random.nextInt(10)));
        }
        return conditions;
    }

    private List<Condition> broadConditions() {
        List<Condition> conditions = new ArrayList<>();
        int kind = random.nextInt(100);
        if (kind < 35) {
            conditions.add(hsCode());
            if (random.nextBoolean()) {
                conditions.add(origin());
            }
            if (random.nextInt(5) == 0) {
                conditions.add(valuePerKg());
            }
        } else if (kind < 47) {
            conditions.add(origin());
            if (random.nextBoolean()) {
                conditions.add(new TypeIn(Set.of(DeclarationType.IMPORT)));
            }
        } else if (kind < 62) {
            conditions.add(random.nextBoolean()
                    ? new DeclarantIn(some(declarants, 1 + random.nextInt(3)))
                    : new ImporterIn(some(importers, 1 + random.nextInt(3))));
            if (random.nextInt(3) == 0) {
                conditions.add(new HsCodeIn(Set.of(pick(subheadings).substring(0, 2))));
            }
        } else if (kind < 72) {
            conditions.add(valuePerKg());
            if (random.nextBoolean()) {
                conditions.add(new TypeIn(Set.of(DeclarationType.IMPORT)));
            }
        } else if (kind < 80) {
            conditions.add(new ProcedureIn(Set.of(random.nextBoolean()
                    ? pick(IMPORT_PROCEDURES)
                    : pick(IMPORT_PROCEDURES).substring(0, 2))));
            if (random.nextBoolean()) {
                conditions.add(random.nextBoolean() ? origin() : random());
            }
        } else if (kind < 90) {
            conditions.add(random());
            if (random.nextBoolean()) {
                conditions.add(new TypeIn(Set.of(pick(List.of(DeclarationType.values())))));
            }
        } else if (kind < 95) {
            conditions.add(new MeasuredMassDeviates(BigDecimal.valueOf(5 + random.nextInt(16))));
        } else {
            conditions.add(new HsCodeIn(Set.of(pick(subheadings).substring(0, 4))));
            conditions.add(random.nextBoolean()
                    ? new GrossMassPerPackageOutside(null, BigDecimal.valueOf(20 + random
                            .nextInt(40)))
                    : new GrossMassPerPackageOutside(BigDecimal.valueOf(1 + random.nextInt(5)), null));
        }
        return conditions;
    }

    private Condition hsCode() {
        int level = random.nextInt(10);
        int length = level < 2 ? 2 : level < 6 ? 4 : 6;
        // Mostly one prefix, sometimes up to three (fewer when they coincide).
        Set<String> prefixes = new HashSet<>();
        int count = 1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0);
        for (int i = 0; i < count; i++) {
            prefixes.add(pick(subheadings).substring(0, length));
        }
        return new HsCodeIn(prefixes);
    }

    private Condition origin() {
        return new OriginIn(some(origins, 1 + random.nextInt(2)));
    }

    private Condition valuePerKg() {
        // From 0.50 to 20.00 per kg, in cents (or fen).
        return new ValuePerKgBelow(pick(CURRENCIES), 50 + random.nextInt(1_950));
    }

    private Condition random() {
        return new RandomSelection(BigDecimal.valueOf(10 + random.nextInt(990), 2));
    }

    /**
     * A declaration with its own id: 80 % imports, 12 % exports, 8 % transits; items of the pool's subheadings and
     * origins with values mostly from 1 to 500 per kg; weighed at the post 30 % of the time.
     */
    DeclarationFacts declaration() {
        int kind = random.nextInt(100);
        DeclarationType type = kind < 80
                ? DeclarationType.IMPORT
                : kind < 92 ? DeclarationType.EXPORT : DeclarationType.TRANSIT;
        String procedure = switch (type) {
            case IMPORT -> pick(IMPORT_PROCEDURES);
            case EXPORT -> pick(EXPORT_PROCEDURES);
            case TRANSIT -> "8000";
        };
        String importer = type == DeclarationType.IMPORT || random.nextBoolean() ? pick(importers) : null;
        String declarant = pick(declarants);
        int itemCount = 1 + random.nextInt(maxItems);
        List<ItemFacts> items = new ArrayList<>(itemCount);
        long declaredGross = 0;
        for (int number = 1; number <= itemCount; number++) {
            // From 5 kg to 5 t net.
            long net = (long) Math.exp(Math.log(5_000) + random.nextDouble() * Math.log(1_000));
            long gross = net + (long) (net * 0.3 * random.nextDouble());
            // Mostly 1 to 500 per kg; one item in 1,000 undervalued at 0.05 to 1 per kg.
            double valuePerKg = random.nextInt(1_000) == 0
                    ? Math.exp(Math.log(5) + random.nextDouble() * Math.log(20))
                    : Math.exp(Math.log(100) + random.nextDouble() * Math.log(500));
            long value = (long) (valuePerKg * net / 1000);
            // Packages of 2 to 30 kg, one item in 50 oddly packed (0.1 to 200 kg), one in 10 in bulk.
            double packageGrams = random.nextInt(50) == 0
                    ? Math.exp(Math.log(100) + random.nextDouble() * Math.log(2_000))
                    : 2_000 + 28_000 * random.nextDouble();
            int packages = random.nextInt(10) == 0 ? 0 : (int) Math.max(1, Math.round(gross / packageGrams));
            items.add(new ItemFacts(number, pick(subheadings), pick(origins), gross, net, value, packages));
            declaredGross += gross;
        }
        Long measured = random.nextInt(10) < 3 ? (long) (declaredGross * measuredShare()) : null;
        return new DeclarationFacts(new UUID(random.nextLong(), random.nextLong()), type, procedure, declarant,
                importer, pick(CURRENCIES), declaredGross, measured, trustedTraders.contains(declarant),
                importer != null && trustedTraders.contains(importer), items);
    }

    /**
     * The measured mass as a share of the declared: broad ±20 %; in a rule book's world, within 3 % but now and then
     * far off.
     */
    private double measuredShare() {
        if (mix == Mix.BROAD) {
            return 0.8 + 0.4 * random.nextDouble();
        }
        return random.nextInt(20) == 0 ? 0.7 + 0.6 * random.nextDouble() : 1 + 0.015 * random.nextGaussian();
    }

    /** An instant around now: now itself half of the time, so that validity boundaries are crossed both ways. */
    Instant instant() {
        return random.nextBoolean() ? NOW : NOW.plus(Duration.ofHours(random.nextInt(24 * 60) - 24 * 30));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Up to {@code count} values, fewer when picks coincide. */
    private <T> Set<T> some(List<T> values, int count) {
        Set<T> picked = new HashSet<>();
        for (int i = 0; i < count; i++) {
            picked.add(pick(values));
        }
        return picked;
    }
}
