#!/usr/bin/env python3
"""The public-health events in force for the health-declaration benchmark (docs/benchmarks.md, issue 12).

    bench/health-events.py COUNT > events.jsonl

Prints COUNT NewPublicHealthEvent bodies of contracts/health.yaml, one JSON object a line, named
"bench event N" so that a run can count those it already declared. Event n is the same in every run.
The diseases, their ICD-10 codes and incubation periods are WHO's; the affected areas are real
ISO 3166-1 countries with ISO 3166-2 subdivisions where outbreaks were reported, so that a declaration's
itinerary crosses some of them and screening has criteria to fire, as at a post during several outbreaks.
"""
import json
import random
import sys

# (name, ICD-10 code, longest incubation in days, case-definition symptoms, exposures)
DISEASES = [
    ("Ebola virus disease", "A98.4", 21, ["FEVER", "UNEXPLAINED_BLEEDING", "DIARRHOEA", "VOMITING", "FATIGUE"],
     ["CONTACT_WITH_CASE", "FUNERAL_ATTENDANCE", "CARE_OF_PATIENT"]),
    ("Marburg virus disease", "A98.3", 21, ["FEVER", "UNEXPLAINED_BLEEDING", "HEADACHE", "MUSCLE_PAIN"],
     ["CONTACT_WITH_CASE", "ANIMAL_CONTACT"]),
    ("Lassa fever", "A96.2", 21, ["FEVER", "SORE_THROAT", "VOMITING", "UNEXPLAINED_BLEEDING"],
     ["ANIMAL_CONTACT", "CONTACT_WITH_CASE"]),
    ("Cholera", "A00.9", 5, ["DIARRHOEA", "VOMITING"], ["STAY_IN_AFFECTED_AREA"]),
    ("Pneumonic plague", "A20.2", 7, ["FEVER", "COUGH", "SHORTNESS_OF_BREATH"], ["CONTACT_WITH_CASE", "ANIMAL_CONTACT"]),
    ("Yellow fever", "A95.9", 6, ["FEVER", "JAUNDICE", "HEADACHE", "MUSCLE_PAIN"], ["STAY_IN_AFFECTED_AREA"]),
    ("Middle East respiratory syndrome", "U04.9", 14, ["FEVER", "COUGH", "SHORTNESS_OF_BREATH"],
     ["ANIMAL_CONTACT", "CARE_OF_PATIENT"]),
    ("Mpox", "B04", 21, ["RASH", "FEVER", "SWOLLEN_LYMPH_NODES", "HEADACHE"], ["CONTACT_WITH_CASE"]),
    ("Measles", "B05.9", 21, ["FEVER", "RASH", "COUGH", "CONJUNCTIVITIS", "RUNNY_NOSE"], ["CONTACT_WITH_CASE"]),
    ("Meningococcal disease", "A39.0", 10, ["FEVER", "STIFF_NECK", "ALTERED_CONSCIOUSNESS", "HEADACHE"],
     ["MASS_GATHERING", "CONTACT_WITH_CASE"]),
    ("Poliomyelitis, wild type", "A80.1", 35, ["PARALYSIS", "FEVER"], ["STAY_IN_AFFECTED_AREA"]),
    ("Avian influenza A(H5N1)", "J09", 10, ["FEVER", "COUGH", "SORE_THROAT", "SHORTNESS_OF_BREATH"],
     ["ANIMAL_CONTACT"]),
    ("Dengue", "A97.9", 14, ["FEVER", "HEADACHE", "MUSCLE_PAIN", "RASH"], ["STAY_IN_AFFECTED_AREA"]),
    ("COVID-19", "U07.1", 14, ["FEVER", "COUGH", "LOSS_OF_TASTE_OR_SMELL", "SHORTNESS_OF_BREATH", "FATIGUE"],
     ["CONTACT_WITH_CASE"]),
]

# ISO 3166-1 alpha-3 with some of their ISO 3166-2 subdivisions.
AREAS = {
    "COD": ["CD-EQ", "CD-NK", "CD-SK", "CD-KN", "CD-IT"],
    "UGA": ["UG-C", "UG-W", "UG-E"],
    "GIN": ["GN-N", "GN-K", "GN-C"],
    "SLE": ["SL-E", "SL-N", "SL-S"],
    "NGA": ["NG-ED", "NG-ON", "NG-BA", "NG-LA"],
    "IND": ["IN-KL", "IN-MH", "IN-WB"],
    "CHN": ["CN-GD", "CN-YN", "CN-NM"],
    "MNG": ["MN-053", "MN-041", "MN-1"],
    "SAU": ["SA-01", "SA-02", "SA-03"],
    "BRA": ["BR-AM", "BR-MG", "BR-SP"],
    "PAK": ["PK-KP", "PK-SD", "PK-BA"],
    "AFG": ["AF-KAN", "AF-HEL", "AF-NAN"],
    "YEM": ["YE-SA", "YE-AD", "YE-HD"],
    "HTI": ["HT-OU", "HT-AR", "HT-CE"],
    "RWA": ["RW-02", "RW-03", "RW-05"],
    "TZA": ["TZ-01", "TZ-02", "TZ-05"],
    "VNM": ["VN-SG", "VN-HN", "VN-43"],
    "PHL": ["PH-00", "PH-01", "PH-05"],
}


def event(n):
    rng = random.Random(n)
    name, code, incubation, symptoms, exposures = DISEASES[n % len(DISEASES)]
    areas = []
    for country in rng.sample(sorted(AREAS), rng.randint(1, 3)):
        area = {"country": country}
        if rng.random() < 0.6:
            area["subdivisions"] = rng.sample(AREAS[country], rng.randint(1, 2))
        areas.append(area)
    temperature = rng.random() < 0.7
    screening = {"declarationRequired": True, "temperatureCheck": temperature,
                 "secondaryAssessment": {"symptoms": symptoms[:2], "exposures": exposures[:1]}}
    if temperature:
        screening["temperatureThresholdCelsius"] = 38.0
        screening["secondaryAssessment"]["temperatureAtOrAboveThreshold"] = True
    return {
        "disease": {"name": f"{name} (bench event {n})", "code": {"revision": "ICD-10", "code": code}},
        "caseDefinition": {"symptoms": symptoms, "minimumSymptoms": min(2, len(symptoms)), "exposures": exposures,
                           "description": f"bench event {n}"},
        "affectedAreas": areas,
        "incubationDays": incubation,
        "validFrom": "2026-01-01T00:00:00Z",
        "screening": screening,
    }


def main():
    if len(sys.argv) != 2 or not sys.argv[1].isdigit():
        sys.exit(__doc__)
    for n in range(int(sys.argv[1])):
        print(json.dumps(event(n), separators=(",", ":")))


if __name__ == "__main__":
    main()
