/**
 * Duties of a declaration: its assessment under the state's tariff on a day, computed by the pure engine of
 * {@link org.juxta.customs.duty} and stored whole (a later one supersedes, none is replaced), and the payments
 * recorded against the latest one with the balance still due.
 */
package org.juxta.customs.assessment;
