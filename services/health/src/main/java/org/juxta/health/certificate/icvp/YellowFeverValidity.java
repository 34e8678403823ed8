package org.juxta.health.certificate.icvp;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a certificate of vaccination against yellow fever is valid, after the IHR (2005), Annex 7: from the 10th day
 * after the vaccination, for the life of the person vaccinated. The life-long validity is the 2014 amendment (WHA
 * 67.13), in force since 11 July 2016; it applies to certificates issued before then too, so no date of issue limits
 * it.
 *
 * @param validFrom
 *            the first day the certificate is valid
 */
public record YellowFeverValidity(LocalDate validFrom) {

    /** Days after the vaccination before the certificate is valid (Annex 7, 2(d)). */
    public static final int DAYS_UNTIL_VALID = 10;

    public enum Status {
        VALID, NOT_YET_VALID
    }

    public YellowFeverValidity {
        Objects.requireNonNull(validFrom, "validFrom");
    }

    public static YellowFeverValidity ofVaccinationOn(LocalDate vaccinatedOn) {
        return new YellowFeverValidity(vaccinatedOn.plusDays(DAYS_UNTIL_VALID));
    }

    /** The certificate's status on a day: valid from {@link #validFrom()} on, with no end. */
    public Status statusOn(LocalDate day) {
        return day.isBefore(validFrom) ? Status.NOT_YET_VALID : Status.VALID;
    }
}
