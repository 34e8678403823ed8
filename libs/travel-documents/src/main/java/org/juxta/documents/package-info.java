/**
 * Machine-readable zones (MRZ) of travel documents as ICAO Doc 9303 (8th edition) specifies them: TD1 identity
 * cards (part 5), TD2 documents (part 6), TD3 passports (part 4) and MRV-A/MRV-B visas (part 7), with the common
 * rules of part 3.
 * <p>
 * {@link org.juxta.documents.MrzParser} reads an MRZ into an {@link org.juxta.documents.MrzReading}. It does not
 * stop at the first problem: a real document with a bad check digit still has to be processed at a border, so every
 * field is read and each problem becomes an {@link org.juxta.documents.MrzFinding} that says which check failed and
 * where. Only text that is not an MRZ at all is rejected, with an {@link org.juxta.documents.MrzFormatException}.
 */
package org.juxta.documents;
