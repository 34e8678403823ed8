# The traveller health declaration of the health-declaration benchmark (bench/health-declarations.sh): a
# traveller arriving at Zamyn-Uud today (--arg today YYYY-MM-DD) after stays in four countries within the
# last three weeks, two of them in areas of the benchmark's events (bench/health-events.py), with two
# symptoms and one exposure, so that screening fires criteria of several events rather than clearing at
# once. Every request submits this body with an Idempotency-Key of its own.
def day($back): $today | strptime("%Y-%m-%d") | mktime - $back * 86400 | strftime("%Y-%m-%d");
{
  traveller: {familyName: "Dorj", givenNames: "Bat-Erdene", dateOfBirth: "1988-04-11", nationality: "MNG"},
  document: {number: "E12345678", type: "PASSPORT", issuingState: "MNG"},
  arrival: {date: $today, post: "zamyn-uud"},
  itinerary: [
    {country: "COD", subdivision: "CD-EQ", from: day(20), to: day(16)},
    {country: "UGA", from: day(15), to: day(10)},
    {country: "IND", subdivision: "IN-KL", from: day(9), to: day(4)},
    {country: "CHN", subdivision: "CN-NM", from: day(3), to: day(1)}
  ],
  symptoms: [{symptom: "FEVER", onset: day(1)}, {symptom: "HEADACHE", onset: day(2)}],
  exposures: [{exposure: "ANIMAL_CONTACT", date: day(6)}],
  vaccinations: [{disease: "Yellow fever", date: "2015-03-01"}],
  contact: {phone: "+976 9911 2233", email: "traveller@example.mn", addressAtDestination: "Ulaanbaatar"}
}
