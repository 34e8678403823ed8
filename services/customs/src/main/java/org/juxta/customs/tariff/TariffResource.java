package org.juxta.customs.tariff;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.customs.api.TariffApi;
import org.juxta.customs.api.model.ExchangeRate;
import org.juxta.customs.api.model.ExchangeRateChange;
import org.juxta.customs.api.model.ExchangeRateList;
import org.juxta.customs.api.model.NationalCurrency;
import org.juxta.customs.api.model.NationalTariffLine;
import org.juxta.customs.api.model.NationalTariffLineChange;
import org.juxta.customs.api.model.NationalTariffLineList;
import org.juxta.customs.api.model.NewTariffExemption;
import org.juxta.customs.api.model.NewTariffMeasure;
import org.juxta.customs.api.model.TariffExemption;
import org.juxta.customs.api.model.TariffExemptionPage;
import org.juxta.customs.api.model.TariffMeasure;
import org.juxta.customs.api.model.TariffMeasureEnd;
import org.juxta.customs.api.model.TariffMeasurePage;
import org.juxta.shared.caller.Roles;
import org.juxta.shared.paging.PageCursors;

import io.smallrye.mutiny.Uni;

/**
 * The tariff operations of contracts/customs.yaml: tariff managers change, officers and supervisors read, and
 * declarants read the national tariff lines they classify goods in.
 */
public class TariffResource implements TariffApi {

    static final String MEASURES = "/api/customs/tariff/measures";
    static final String EXEMPTIONS = "/api/customs/tariff/exemptions";

    private final TariffService service;
    private final NationalTariffLines lines;

    TariffResource(TariffService service, NationalTariffLines lines) {
        this.service = service;
        this.lines = lines;
    }

    @Override
    @RolesAllowed(Roles.CUSTOMS_TARIFF_MANAGER)
    public Uni<RestResponse<TariffMeasure>> createTariffMeasure(NewTariffMeasure measure, String idempotencyKey) {
        return service.createMeasure(measure, idempotencyKey).map(created -> RestResponse.ResponseBuilder
                .<TariffMeasure>created(URI.create(MEASURES + "/" + created.getId())).entity(created).build());
    }

    @Override
    @RolesAllowed({Roles.CUSTOMS_TARIFF_MANAGER, Roles.CUSTOMS_OFFICER, Roles.CUSTOMS_SUPERVISOR})
    public Uni<RestResponse<TariffMeasurePage>> listTariffMeasures(String goodsCode, LocalDate validOn,
            Integer limit, String cursor) {
        return service.listMeasures(goodsCode, validOn, PageCursors.after(cursor), limit)
                .map(page -> RestResponse
                        .ok(new TariffMeasurePage().items(page.items()).nextCursor(page.nextCursor())));
    }

    @Override
    @RolesAllowed({Roles.CUSTOMS_TARIFF_MANAGER, Roles.CUSTOMS_OFFICER, Roles.CUSTOMS_SUPERVISOR})
    public Uni<RestResponse<TariffMeasure>> getTariffMeasure(UUID measureId) {
        return service.getMeasure(measureId).map(RestResponse::ok);
    }

    @Override
    @RolesAllowed(Roles.CUSTOMS_TARIFF_MANAGER)
    public Uni<RestResponse<TariffMeasure>> endTariffMeasure(UUID measureId, TariffMeasureEnd end) {
        return service.endMeasure(measureId, end.getValidTo()).map(RestResponse::ok);
    }

    @Override
    @RolesAllowed(Roles.CUSTOMS_TARIFF_MANAGER)
    public Uni<RestResponse<TariffExemption>> createTariffExemption(NewTariffExemption exemption,
            String idempotencyKey) {
        return service.createExemption(exemption, idempotencyKey).map(created -> RestResponse.ResponseBuilder
                .<TariffExemption>created(URI.create(EXEMPTIONS)).entity(created).build());
    }

    @Override
    @RolesAllowed({Roles.CUSTOMS_TARIFF_MANAGER, Roles.CUSTOMS_OFFICER, Roles.CUSTOMS_SUPERVISOR})
    public Uni<RestResponse<TariffExemptionPage>> listTariffExemptions(Integer limit, String cursor) {
        return service.listExemptions(PageCursors.after(cursor), limit)
                .map(page -> RestResponse
                        .ok(new TariffExemptionPage().items(page.items()).nextCursor(page.nextCursor())));
    }

    @Override
    @RolesAllowed(Roles.CUSTOMS_TARIFF_MANAGER)
    public Uni<RestResponse<ExchangeRate>> setExchangeRate(String currency, LocalDate validFrom,
            ExchangeRateChange change) {
        return service.setExchangeRate(currency, validFrom, change).map(RestResponse::ok);
    }

    @Override
    @RolesAllowed({Roles.CUSTOMS_TARIFF_MANAGER, Roles.CUSTOMS_OFFICER, Roles.CUSTOMS_SUPERVISOR})
    public Uni<RestResponse<ExchangeRateList>> listExchangeRates(String currency, LocalDate on) {
        return service.exchangeRates(currency, on).map(found -> RestResponse.ok(new ExchangeRateList().items(found)));
    }

    @Override
    @RolesAllowed(Roles.CUSTOMS_TARIFF_MANAGER)
    public Uni<RestResponse<NationalTariffLine>> setNationalTariffLine(String code, NationalTariffLineChange change) {
        return lines.set(code, change).map(RestResponse::ok);
    }

    @Override
    @RolesAllowed({Roles.CUSTOMS_TARIFF_MANAGER, Roles.CUSTOMS_OFFICER, Roles.CUSTOMS_SUPERVISOR, Roles.DECLARANT})
    public Uni<RestResponse<NationalTariffLineList>> listNationalTariffLines(String under, LocalDate validOn) {
        return lines.list(under, validOn).map(found -> RestResponse.ok(new NationalTariffLineList().items(found)));
    }

    @Override
    @RolesAllowed({Roles.CUSTOMS_TARIFF_MANAGER, Roles.CUSTOMS_OFFICER, Roles.CUSTOMS_SUPERVISOR, Roles.DECLARANT})
    public Uni<RestResponse<NationalCurrency>> getNationalCurrency() {
        return service.nationalCurrency().map(RestResponse::ok);
    }

    @Override
    @RolesAllowed(Roles.CUSTOMS_TARIFF_MANAGER)
    public Uni<RestResponse<NationalCurrency>> setNationalCurrency(NationalCurrency currency) {
        return service.setNationalCurrency(currency).map(RestResponse::ok);
    }
}
