package org.juxta.trade;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Harmonized Commodity Description and Coding System of the World Customs Organization, 2022 edition (UN
 * Comtrade's classification {@code H6}), read once from the resource {@code hs2022.tsv} beside this class.
 * <p>
 * What the data holds, and so what this class answers:
 * <ul>
 * <li>21 sections, 96 chapters (01 to 97; chapter 77 is reserved by the WCO and has no entry), 1,228 headings and
 * 5,612 six-digit subheadings, the counts the WCO publishes for HS 2022. UN Comtrade's chapter 99 "commodities not
 * specified according to kind" is a statistical code, not part of the nomenclature, and is left out.</li>
 * <li>Every six-digit code is a subheading a good can be classified in: the data has no entry for a one-dash grouping
 * that is divided further (0101.2 "horses" exists only as its subheadings 010121 and 010129, and {@code 010120} is
 * unknown), and a heading without subdivision appears once more as its only subheading, {@code XXXX00} (040900
 * natural honey). Every heading has at least one subheading, so a four-digit heading is never itself enough to
 * classify a good.</li>
 * </ul>
 */
public final class HarmonizedSystem {

    private static final String RESOURCE = "hs2022.tsv";

    private final Map<String, HsCommodity> commoditiesByCode;
    private final Map<HsLevel, List<HsCommodity>> commoditiesByLevel;
    private final List<HsSection> sections;

    private HarmonizedSystem(Map<String, HsCommodity> commoditiesByCode, List<HsSection> sections) {
        this.commoditiesByCode = commoditiesByCode;
        this.sections = sections;
        Map<HsLevel, List<HsCommodity>> byLevel = new EnumMap<>(HsLevel.class);
        for (HsLevel level : HsLevel.values()) {
            byLevel.put(level, commoditiesByCode.values().stream().filter(c -> c.level() == level).toList());
        }
        this.commoditiesByLevel = byLevel;
    }

    /** The 2022 edition, read from the classpath on first use; safe to call from any thread. */
    public static HarmonizedSystem edition2022() {
        return Edition2022.INSTANCE;
    }

    /** Initialised by the JVM on first access, once, under its class-initialisation lock. */
    private static final class Edition2022 {

        static final HarmonizedSystem INSTANCE = load();
    }

    /** The edition's year, {@code "2022"}. */
    public String edition() {
        return "2022";
    }

    /**
     * The chapter, heading or subheading with this code.
     *
     * @param code
     *            2, 4 or 6 digits without dots or spaces, e.g. {@code 85}, {@code 8517}, {@code 851713}
     * @return empty for a code of another form ({@code 85.17}, {@code 8517x1}, {@code ""}, {@code null}) or one the
     *         edition does not have ({@code 999999}, {@code 0100})
     */
    public Optional<HsCommodity> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(commoditiesByCode.get(code));
    }

    /**
     * Whether {@code code} is a six-digit subheading a good can be declared under. {@code 040900} (a heading without
     * subdivision) is; {@code 0409} (a heading), {@code 010120} (not a code) and {@code 851712} (deleted in 2022) are
     * not.
     */
    public boolean isSubheading(String code) {
        return find(code).map(commodity -> commodity.level() == HsLevel.SUBHEADING).orElse(false);
    }

    /** The 96 chapters in order, 01 to 97 without the reserved 77. */
    public List<HsCommodity> chapters() {
        return commoditiesByLevel.get(HsLevel.CHAPTER);
    }

    /** Every chapter, heading or subheading of that level, in code order. */
    public List<HsCommodity> commodities(HsLevel level) {
        return commoditiesByLevel.get(level);
    }

    /** The 21 sections in order, I to XXI. */
    public List<HsSection> sections() {
        return sections;
    }

    /**
     * The section of a known chapter, heading or subheading, e.g. XVI for {@code 85}, {@code 8517} or {@code 851713}.
     *
     * @return empty when {@link #find(String)} is empty for {@code code}
     */
    public Optional<HsSection> sectionOf(String code) {
        return find(code).flatMap(commodity -> {
            String chapter = commodity.code().substring(0, 2);
            return sections.stream().filter(section -> section.contains(chapter)).findFirst();
        });
    }

    /**
     * What is wrong with a national tariff line declared under an HS subheading, as a short sentence an officer can
     * read. A national tariff line is 8 to 10 digits whose first six are the subheading; the digits after them are
     * the national nomenclature's own and are not checked here, nor is whether {@code hsCode} exists in this edition
     * (see {@link #isSubheading(String)}).
     *
     * @param hsCode
     *            the declared six-digit subheading, e.g. {@code 851762}
     * @param tariffLine
     *            the declared national tariff line, e.g. {@code 8517620010}
     * @return empty when the line fits the subheading, else for example "tariff line 85171300 does not start with HS
     *         code 851762"
     */
    public static Optional<String> tariffLineProblem(String hsCode, String tariffLine) {
        Objects.requireNonNull(hsCode, "hsCode");
        Objects.requireNonNull(tariffLine, "tariffLine");
        if (hsCode.length() != 6 || !allDigits(hsCode)) {
            return Optional.of("HS code %s is not six digits".formatted(hsCode.isEmpty() ? "(empty)" : hsCode));
        }
        if (tariffLine.isEmpty()) {
            return Optional.of("tariff line is empty, it needs 8 to 10 digits");
        }
        for (int i = 0; i < tariffLine.length(); i++) {
            char c = tariffLine.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.of("tariff line %s has '%c' at position %d, only digits are allowed"
                        .formatted(tariffLine, c, i + 1));
            }
        }
        if (tariffLine.length() < 8 || tariffLine.length() > 10) {
            return Optional.of("tariff line %s has %d digits, it needs 8 to 10".formatted(tariffLine,
                    tariffLine.length()));
        }
        if (!tariffLine.startsWith(hsCode)) {
            return Optional.of("tariff line %s does not start with HS code %s".formatted(tariffLine, hsCode));
        }
        return Optional.empty();
    }

    private static boolean allDigits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static HarmonizedSystem load() {
        Map<String, HsCommodity> commodities = new LinkedHashMap<>();
        Map<String, String> sectionTitles = new LinkedHashMap<>();
        Map<String, List<String>> chaptersBySection = new LinkedHashMap<>();
        for (String[] fields : TabSeparated.rows(HarmonizedSystem.class, RESOURCE, 3)) {
            String code = fields[0];
            String parent = fields[1];
            String description = fields[2];
            if (parent.isEmpty()) {
                sectionTitles.put(code, description);
                chaptersBySection.put(code, new ArrayList<>());
            } else if (code.length() == 2) {
                chaptersBySection.get(parent).add(code);
                commodities.put(code, new HsCommodity(code, HsLevel.CHAPTER, description, null));
            } else {
                HsLevel level = code.length() == 4 ? HsLevel.HEADING : HsLevel.SUBHEADING;
                if (!commodities.containsKey(parent) || !code.startsWith(parent)) {
                    throw new IllegalStateException(RESOURCE + ": " + code + " has parent " + parent);
                }
                commodities.put(code, new HsCommodity(code, level, description, parent));
            }
        }
        List<HsSection> sections = new ArrayList<>();
        sectionTitles.forEach((number, title) -> {
            List<String> chapters = chaptersBySection.get(number);
            sections.add(new HsSection(number, title, chapters.getFirst(), chapters.getLast()));
        });
        return new HarmonizedSystem(Collections.unmodifiableMap(commodities), List.copyOf(sections));
    }
}
