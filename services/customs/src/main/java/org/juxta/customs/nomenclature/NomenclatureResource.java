package org.juxta.customs.nomenclature;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.customs.api.NomenclatureApi;
import org.juxta.customs.api.model.CommodityCode;
import org.juxta.shared.caller.Roles;
import org.juxta.shared.problem.RecordNotFoundException;
import org.juxta.trade.HarmonizedSystem;
import org.juxta.trade.HsLevel;

import io.smallrye.mutiny.Uni;

/**
 * The Harmonized System codes goods are classified in: public data, the same for every state and
 * declarant, so neither scoped nor audited.
 */
@RolesAllowed({Roles.CUSTOMS_OFFICER, Roles.CUSTOMS_SUPERVISOR, Roles.DECLARANT})
public class NomenclatureResource implements NomenclatureApi {

    private final HarmonizedSystem nomenclature = HarmonizedSystem.edition2022();

    @Override
    public Uni<RestResponse<CommodityCode>> getCommodityCode(String code) {
        CommodityCode found = nomenclature.find(code)
                .map(commodity -> new CommodityCode()
                        .code(commodity.code())
                        .level(CommodityCode.LevelEnum.fromValue(commodity.level().name()))
                        .description(commodity.description())
                        .edition(nomenclature.edition())
                        .declarable(commodity.level() == HsLevel.SUBHEADING)
                        .parentCode(commodity.parentCode())
                        .section(nomenclature.sectionOf(code).map(section -> section.number()).orElse(null)))
                .orElseThrow(() -> new RecordNotFoundException(
                        "No code " + code + " in the Harmonized System " + nomenclature.edition() + "."));
        return Uni.createFrom().item(RestResponse.ok(found));
    }
}
