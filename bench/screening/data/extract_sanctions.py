#!/usr/bin/env python3
"""Copies the public name fields of the individuals on two published sanctions lists into sanctions.tsv.

Usage: extract_sanctions.py UN_CONSOLIDATED_XML OFAC_CONSOLIDATED_XML > sanctions.tsv

Only the fields screening compares are kept: names (the list's own form, its good-quality or strong aliases, the
name in original script), the first date of birth and the first nationality. Low-quality or weak aliases (nicknames,
kunyas such as "Abu Z") are left out: a traveller's document does not carry them. See README.md for the sources.
"""
import re
import sys
import html

COUNTRIES = {
    "afghanistan": "AFG", "afghan": "AFG", "iraq": "IRQ", "democratic people's republic of korea": "PRK",
    "tunisia": "TUN", "indonesia": "IDN", "pakistan": "PAK", "algeria": "DZA", "algerian": "DZA",
    "democratic republic of the congo": "COD", "egypt": "EGY", "saudi arabia": "SAU", "yemen": "YEM",
    "philippines": "PHL", "guinea-bissau": "GNB", "russian federation": "RUS", "rwanda": "RWA", "kuwait": "KWT",
    "libya": "LBY", "somalia": "SOM", "somali": "SOM", "united kingdom of great britain and northern ireland": "GBR",
    "germany": "DEU", "france": "FRA", "jordan": "JOR", "central african republic": "CAF", "qatar": "QAT",
    "morocco": "MAR", "syrian arab republic": "SYR", "mali": "MLI", "mauritania": "MRT", "south sudan": "SSD",
    "uganda": "UGA", "malaysia": "MYS", "iran (islamic republic of)": "IRN", "iran": "IRN",
    "united states of america": "USA", "palestinian": "PSE", "turkey": "TUR", "bahrain": "BHR",
    "uzbekistan": "UZB", "georgia": "GEO", "norway": "NOR", "senegal": "SEN", "united republic of tanzania": "TZA",
    "china": "CHN", "bosnia and herzegovina": "BIH", "india": "IND", "tajikistan": "TJK", "nigeria": "NGA",
    "sudan": "SDN", "lebanon": "LBN", "kazakhstan": "KAZ", "kyrgyzstan": "KGZ", "azerbaijan": "AZE",
}
MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}


def clean(text):
    return " ".join(html.unescape(text or "").split())


def tags(xml, tag):
    return [clean(v) for v in re.findall(r"<%s>([^<]*)</%s>" % (tag, tag), xml)]


def country(value):
    return COUNTRIES.get(clean(value).lower(), "")


def ofac_date(value):
    value = clean(value).lower()
    m = re.fullmatch(r"(\d{1,2}) (\w{3}) (\d{4})", value)
    if m:
        return "%s-%02d-%02d" % (m.group(3), MONTHS[m.group(2)], int(m.group(1)))
    m = re.fullmatch(r"(\w{3}) (\d{4})", value)
    if m:
        return "%s-%02d" % (m.group(2), MONTHS[m.group(1)])
    return value if re.fullmatch(r"\d{4}", value) else ""


def un(path):
    xml = open(path, encoding="utf-8").read()
    for person in re.findall(r"<INDIVIDUAL>(.*?)</INDIVIDUAL>", xml, re.S):
        ref = tags(person, "REFERENCE_NUMBER")[0]
        name = " ".join(v for t in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
                        for v in tags(person, t) if v)
        nationalities = [country(v) for v in tags(person, "VALUE") if country(v)]
        nat_block = re.search(r"<NATIONALITY>(.*?)</NATIONALITY>", person, re.S)
        nationality = ""
        if nat_block:
            found = [country(v) for v in tags(nat_block.group(1), "VALUE") if country(v)]
            nationality = found[0] if found else ""
        dob = ""
        for block in re.findall(r"<INDIVIDUAL_DATE_OF_BIRTH>(.*?)</INDIVIDUAL_DATE_OF_BIRTH>", person, re.S):
            kind = (tags(block, "TYPE_OF_DATE") or [""])[0]
            if kind in ("EXACT", "APPROXIMATELY", ""):
                dob = (tags(block, "DATE") or tags(block, "YEAR") or [""])[0][:10]
                if dob:
                    break
        rows = [("listed", name)]
        for block in re.findall(r"<INDIVIDUAL_ALIAS>(.*?)</INDIVIDUAL_ALIAS>", person, re.S):
            quality = (tags(block, "QUALITY") or [""])[0].lower()
            for alias in tags(block, "ALIAS_NAME"):
                if alias and quality == "good":
                    rows.append(("alias", alias))
        for original in tags(person, "NAME_ORIGINAL_SCRIPT"):
            if original:
                rows.append(("original", original))
        del nationalities
        yield "un:" + ref, nationality, dob, rows


def ofac(path):
    xml = open(path, encoding="utf-8").read()
    for person in re.findall(r"<sdnEntry>(.*?)</sdnEntry>", xml, re.S):
        if "<sdnType>Individual</sdnType>" not in person:
            continue
        uid = tags(person, "uid")[0]
        main = re.sub(r"<akaList>.*?</akaList>|<\w+List>.*?</\w+List>", "", person, flags=re.S)

        def name(block):
            last = (tags(block, "lastName") or [""])[0]
            first = (tags(block, "firstName") or [""])[0]
            return last + (", " + first if first else "")
        rows = [("listed", name(main))]
        for block in re.findall(r"<aka>(.*?)</aka>", person, re.S):
            if (tags(block, "category") or [""])[0] == "strong":
                rows.append(("alias", name(block)))
        nationality = ""
        for block in re.findall(r"<(?:nationality|address)>(.*?)</(?:nationality|address)>", person, re.S):
            nationality = nationality or country((tags(block, "country") or [""])[0])
        dob = ofac_date((tags(person, "dateOfBirth") or [""])[0])
        yield "ofac:" + uid, nationality, dob, rows


def main():
    print("# person\tnationality\tdate of birth\tform\tname (SURNAME, Given for OFAC; whole name for the UN list)")
    for source in (un(sys.argv[1]), ofac(sys.argv[2])):
        for person, nationality, dob, rows in source:
            seen = set()
            for form, name in rows:
                key = name.lower().replace("-", " ").replace(",", "")
                if name and key not in seen:
                    seen.add(key)
                    print("\t".join((person, nationality, dob, form, name)))


main()
