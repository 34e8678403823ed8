# jq program: the body of one import declaration of a Mongolian broker (mng-broker-altai, declarant
# MN4050012) with $items goods items, for bench/declarations.sh. Items cycle through twenty goods
# that cross at Zamyn-Uud, each under a subheading of HS 2022 with an 8-digit tariff line; the totals
# are the sums of the items, as the service requires (422 otherwise). Masses are multiples of 0.5 kg,
# so that their sums are exact. The local reference is the placeholder @LRN@, replaced per request by
# a reference of its own (21 characters).
#
#   jq -n -c --argjson items 5 -f bench/declaration-body.jq

def goods: [
    {description: "Smartphones, 6.1 inch display, 128 GB, dual SIM", hsCode: "851713", unit: "NAR", amount: 200, gross: 310.5, net: 250, value: 4000000, packages: 20, kind: "CT"},
    {description: "Laptop computers, 14 inch, 16 GB RAM, 512 GB SSD", hsCode: "847130", unit: "NAR", amount: 50, gross: 180, net: 95, value: 3750000, packages: 50, kind: "CT"},
    {description: "LED television receivers, 55 inch, smart", hsCode: "852872", unit: "NAR", amount: 40, gross: 820, net: 640, value: 1600000, packages: 40, kind: "CT"},
    {description: "Split air conditioners, wall mounted, 12000 BTU", hsCode: "841510", unit: "NAR", amount: 30, gross: 1140, net: 960, value: 900000, packages: 60, kind: "CT"},
    {description: "New pneumatic radial tyres for passenger cars, 205/55 R16", hsCode: "401110", unit: "NAR", amount: 400, gross: 3800, net: 3600, value: 1800000, packages: 400, kind: "NE"},
    {description: "Black tea, fermented, in packings of 100 g", hsCode: "090230", unit: "KGM", amount: 1200, gross: 1450.5, net: 1200, value: 540000, packages: 120, kind: "CT"},
    {description: "Beer made from malt, 0.5 l cans, 4.5 % vol", hsCode: "220300", unit: "LTR", amount: 6000, gross: 6600, net: 6000, value: 720000, packages: 500, kind: "CT"},
    {description: "Fresh apples, Fuji, in cartons of 18 kg", hsCode: "080810", unit: "KGM", amount: 9000, gross: 9500, net: 9000, value: 630000, packages: 500, kind: "CT"},
    {description: "White cane sugar, refined, in bags of 50 kg", hsCode: "170199", unit: "KGM", amount: 20000, gross: 20100, net: 20000, value: 1100000, packages: 400, kind: "BG"},
    {description: "Cotton T-shirts, knitted, men, assorted sizes", hsCode: "610910", unit: "NAR", amount: 3000, gross: 690.5, net: 600, value: 1050000, packages: 60, kind: "CT"},
    {description: "Leather footwear with rubber soles, not covering the ankle", hsCode: "640399", unit: "NAR", amount: 1200, gross: 1020, net: 880, value: 1440000, packages: 100, kind: "CT"},
    {description: "Wooden furniture for living rooms, flat packed", hsCode: "940360", unit: "NAR", amount: 150, gross: 4200, net: 3900, value: 1275000, packages: 150, kind: "PK"},
    {description: "Plastic storage boxes with lids, polypropylene", hsCode: "392690", unit: "KGM", amount: 800, gross: 960, net: 800, value: 240000, packages: 80, kind: "CT"},
    {description: "Steel structures, prefabricated warehouse frames", hsCode: "730890", unit: "KGM", amount: 18000, gross: 18000, net: 18000, value: 2160000, packages: 12, kind: "BE"},
    {description: "Passenger cars, spark ignition, 1998 cc, new", hsCode: "870323", unit: "NAR", amount: 2, gross: 2900, net: 2840, value: 4600000, packages: 2, kind: "NE"},
    {description: "Medicaments in measured doses, paracetamol tablets 500 mg", hsCode: "300490", unit: "KGM", amount: 300, gross: 420, net: 300, value: 960000, packages: 60, kind: "CT"},
    {description: "Printed school books, Mongolian language", hsCode: "490199", unit: "KGM", amount: 2500, gross: 2650, net: 2500, value: 375000, packages: 100, kind: "PK"},
    {description: "Cartons of corrugated paperboard, flat", hsCode: "481910", unit: "KGM", amount: 4000, gross: 4100, net: 4000, value: 320000, packages: 40, kind: "BE"},
    {description: "Light petroleum oils, motor gasoline AI-92", hsCode: "271012", unit: "LTR", amount: 30000, gross: 22500, net: 22200, value: 2400000, packages: 1, kind: "VR"},
    {description: "Scooters for children and carriages for dolls", hsCode: "950300", unit: "NAR", amount: 600, gross: 1560, net: 1320, value: 480000, packages: 120, kind: "CT"}
];

[range(0; $items) as $i | goods[$i % (goods | length)] | {
    description: .description,
    hsCode: .hsCode,
    tariffLine: (.hsCode + "00"),
    origin: "CHN",
    quantity: {amount: .amount, unit: .unit},
    grossMass: .gross,
    netMass: .net,
    customsValue: .value,
    packages: {count: .packages, kind: .kind}
}] as $goods_items
| {
    type: "IMPORT",
    localReference: "@LRN@",
    procedureCode: "4000",
    declarant: {identifier: "MN4050012", name: "Altai Customs Brokers", country: "MNG"},
    importer: {identifier: "MN7000001", name: "Ulaanbaatar Electronics", country: "MNG"},
    consignor: {name: "Erenhot Trading Co., Ltd.", country: "CHN"},
    transport: {mode: "ROAD", identification: "12-34 УБА", nationality: "MNG",
        containers: ["CSQU3054383", "MSCU6123457"]},
    currency: "USD",
    items: $goods_items,
    totals: {
        packages: ([$goods_items[].packages.count] | add),
        grossMass: ([$goods_items[].grossMass] | add),
        customsValue: ([$goods_items[].customsValue] | add)
    }
}
