#!/usr/bin/env python3
"""A state's rule book of selectivity rules for bench/declarations.sh: one NewSelectivityRule per line.

    bench/selectivity-rules.py <count> <hs2022.tsv> <HS code of the post's trade>... >rules.jsonl

Rule number n is named "bench rule <n>" and is the same in every run (a fixed seed), so that a run adds
only the rules an earlier one did not create. Every rule is valid from its creation, without end. The
mix is a rule book's, like the selectivity measurement's (SelectivityMeasurement): HS profiles with
origins and undervaluation thresholds, watched traders, random selection of a procedure or an origin,
weight checks. HS codes are drawn from the whole HS 2022, and 15 % of them from the goods that cross at
the post (the codes given), so that rules profile the post's trade. The share and the seed are chosen
for a plausible outcome on the benchmark's declaration (bench/declaration-body.jq, 5 items): about 2.8
rules fire on it, and it goes green about half of the time, yellow and red a quarter each (the random
selections differ with each declaration's id); with half of the codes from the post's goods, 14 rules
fired and every declaration went red.
"""
import json
import random
import sys

ORIGINS = ["CHN", "CHN", "CHN", "CHN", "RUS", "RUS", "KOR", "JPN", "DEU", "USA", "TUR", "VNM", "IND", "KAZ",
           "HKG", "ITA", "FRA", "POL", "THA", "MYS"]
CURRENCIES = ["USD", "USD", "USD", "USD", "USD", "CNY", "EUR"]
PROCEDURES = ["4000", "4000", "4000", "4071", "5100", "4200", "1000", "1040", "2100"]
CHANNELS = ["GREEN", "YELLOW", "YELLOW", "YELLOW", "RED", "RED"]
# 300 brokers and 5,000 importers of the state, the benchmark's broker (MN4050012) among them.
DECLARANTS = ["MN4050012"] + ["MN4%06d" % n for n in range(1, 300)]
IMPORTERS = ["MN7%06d" % n for n in range(5000)]


def main():
    count, nomenclature, trade = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    with open(nomenclature, encoding="utf-8") as tsv:
        subheadings = [line.split("\t", 1)[0] for line in tsv
                       if not line.startswith("#") and len(line.split("\t", 1)[0]) == 6]
    rng = random.Random(30)
    for number in range(1, count + 1):
        subheading = rng.choice(trade) if rng.random() < 0.15 else rng.choice(subheadings)
        rule = {
            "name": "bench rule %d" % number,
            "channel": rng.choice(CHANNELS),
            "priority": rng.randrange(100),
            "overridesTrustedTrader": rng.randrange(100) < 8,
            "conditions": conditions(rng, subheading),
        }
        print(json.dumps(rule, ensure_ascii=False, separators=(",", ":")))


def conditions(rng, subheading):
    kind = rng.randrange(100)
    if kind < 30:  # a profile of goods: subheading, heading or chapter, mostly with an origin
        level = rng.randrange(20)
        code = subheading if level < 9 else subheading[:4] if level < 17 else subheading[:2]
        found = {"hsCodes": [code]}
        if level >= 9 or rng.randrange(10) < 7:
            found["origins"] = [rng.choice(ORIGINS)]
        if level >= 17:
            found["valuePerKgBelow"] = value_per_kg(rng, 20, 300)
        return found
    if kind < 40:  # undervaluation of a heading
        found = {"hsCodes": [subheading[:4]], "valuePerKgBelow": value_per_kg(rng, 50, 500)}
        if rng.randrange(2):
            found["origins"] = [rng.choice(ORIGINS)]
        return found
    if kind < 55:  # watched traders
        found = ({"declarants": rng.sample(DECLARANTS, 1 + rng.randrange(3))} if rng.randrange(2)
                 else {"importers": rng.sample(IMPORTERS, 1 + rng.randrange(3))})
        if rng.randrange(3) == 0:
            found["hsCodes"] = [subheading[:2]]
        return found
    if kind < 62:  # a random share of the imports from an origin
        return {"origins": [rng.choice(ORIGINS)], "types": ["IMPORT"], "randomPercent": percent(rng, 20, 200)}
    if kind < 70:  # a random share of a procedure
        return {"procedureCodes": [rng.choice(PROCEDURES)], "randomPercent": percent(rng, 20, 200)}
    if kind < 80:  # a random share of everything, or of a type
        found = {"randomPercent": percent(rng, 5, 100)}
        if rng.randrange(2):
            found["types"] = [rng.choice(["IMPORT", "EXPORT", "TRANSIT"])]
        return found
    if kind < 88:  # the gross mass weighed at the post
        return {"measuredMassDeviatesPercent": 5 + rng.randrange(16)}
    if kind < 98:  # packages too heavy or too light for the goods
        mass = ({"maximumKg": 40 + rng.randrange(40)} if rng.randrange(2)
                else {"minimumKg": (5 + rng.randrange(16)) / 10})
        return {"hsCodes": [subheading[:4]], "grossMassPerPackageOutside": mass}
    return {"valuePerKgBelow": value_per_kg(rng, 5, 15)}  # goods declared at next to nothing


def value_per_kg(rng, low, high):
    return {"currency": rng.choice(CURRENCIES), "minorUnitsPerKg": low + rng.randrange(high - low)}


def percent(rng, low, high):
    """A percentage with two decimals, low/100 to high/100."""
    return (low + rng.randrange(high - low)) / 100


if __name__ == "__main__":
    main()
