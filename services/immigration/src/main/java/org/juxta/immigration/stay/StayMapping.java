package org.juxta.immigration.stay;

import java.time.ZoneOffset;

import org.juxta.immigration.api.model.DocumentReference;
import org.juxta.immigration.api.model.Overstayer;
import org.juxta.immigration.api.model.OverstayerList;
import org.juxta.immigration.api.model.Stay;
import org.juxta.immigration.api.model.StayCalculation;
import org.juxta.immigration.api.model.StayRule;
import org.juxta.immigration.crossing.CrossingEntity;

/** From stay calculations to this API's models. */
public final class StayMapping {

    private StayMapping() {
    }

    static StayRule toApi(StayService.RuleInForce rule) {
        return new StayRule()
                .maximumDays(rule.rule().maximumDays())
                .windowDays(rule.rule().windowDays())
                .exemptNationalities(rule.rule().exemptNationalities().stream().sorted().toList())
                .timeZone(rule.rule().timeZone().getId())
                .updatedAt(rule.updatedAt() != null ? rule.updatedAt().atOffset(ZoneOffset.UTC) : null);
    }

    static StayCalculation toApi(StayService.Calculation calculation) {
        StayResult result = calculation.result();
        return new StayCalculation()
                .document(new DocumentReference().number(calculation.documentNumber())
                        .issuingState(calculation.issuingState()))
                .nationality(calculation.nationality())
                .on(result.on())
                .windowStart(result.windowStart())
                .rule(toApi(calculation.rule()))
                .exempt(calculation.exempt())
                .present(result.present())
                .daysUsed(result.daysUsed())
                .daysRemaining(calculation.exempt() ? calculation.rule().rule().maximumDays() : result.daysRemaining())
                .overstayDays(calculation.exempt() ? 0 : result.overstayDays())
                .stays(result.stays().stream().map(StayMapping::toApi).toList())
                .anomalies(result.anomalies());
    }

    static OverstayerList toApi(StayService.Overstayers overstayers, int limit) {
        return new OverstayerList()
                .on(overstayers.on())
                .items(overstayers.items().stream().limit(limit).map(StayMapping::toApi).toList())
                .truncated(overstayers.items().size() > limit);
    }

    private static Overstayer toApi(StayService.Overstay overstay) {
        CrossingEntity entry = overstay.entry();
        return new Overstayer()
                .document(
                        new DocumentReference().number(entry.document.number).issuingState(entry.document.issuingState))
                .surname(entry.traveller.surname)
                .givenNames(entry.traveller.givenNames)
                .nationality(entry.traveller.nationality)
                .enteredOn(overstay.result().stays().getLast().from())
                .daysUsed(overstay.result().daysUsed())
                .overstayDays(overstay.result().overstayDays())
                .entryCrossingId(entry.id);
    }

    private static Stay toApi(StayPeriod stay) {
        return new Stay()
                .from(stay.from())
                .to(stay.to())
                .days(stay.days())
                .entryCrossingId(stay.entryCrossingId())
                .exitCrossingId(stay.exitCrossingId());
    }
}
