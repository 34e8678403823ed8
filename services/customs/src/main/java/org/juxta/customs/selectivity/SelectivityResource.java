package org.juxta.customs.selectivity;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.customs.api.SelectivityApi;
import org.juxta.customs.api.model.NewSelectivityRule;
import org.juxta.customs.api.model.NewTrustedTrader;
import org.juxta.customs.api.model.SelectivityRule;
import org.juxta.customs.api.model.SelectivityRuleChange;
import org.juxta.customs.api.model.SelectivityRulePage;
import org.juxta.customs.api.model.SelectivityRuleVersionList;
import org.juxta.customs.api.model.TrustedTrader;
import org.juxta.customs.api.model.TrustedTraderList;
import org.juxta.shared.caller.Roles;
import org.juxta.shared.paging.PageCursors;

import io.smallrye.mutiny.Uni;

/** The selectivity operations of contracts/customs.yaml: supervisors change, officers read, declarants nothing. */
public class SelectivityResource implements SelectivityApi {

    static final String PATH = "/api/customs/selectivity-rules";

    private final SelectivityRuleService service;

    SelectivityResource(SelectivityRuleService service) {
        this.service = service;
    }

    @Override
    @RolesAllowed(Roles.CUSTOMS_SUPERVISOR)
    public Uni<RestResponse<SelectivityRule>> createSelectivityRule(NewSelectivityRule rule) {
        return service.create(rule).map(created -> RestResponse.ResponseBuilder
                .<SelectivityRule>created(URI.create(PATH + "/" + created.getId()))
                .entity(created)
                .build());
    }

    @Override
    @RolesAllowed({Roles.CUSTOMS_OFFICER, Roles.CUSTOMS_SUPERVISOR})
    public Uni<RestResponse<SelectivityRulePage>> listSelectivityRules(OffsetDateTime validAt, Integer limit,
            String cursor) {
        return service.list(validAt != null ? validAt.toInstant() : null, PageCursors.after(cursor), limit)
                .map(page -> RestResponse
                        .ok(new SelectivityRulePage().items(page.items()).nextCursor(page.nextCursor())));
    }

    @Override
    @RolesAllowed({Roles.CUSTOMS_OFFICER, Roles.CUSTOMS_SUPERVISOR})
    public Uni<RestResponse<SelectivityRule>> getSelectivityRule(UUID ruleId) {
        return service.get(ruleId).map(RestResponse::ok);
    }

    @Override
    @RolesAllowed(Roles.CUSTOMS_SUPERVISOR)
    public Uni<RestResponse<SelectivityRule>> changeSelectivityRule(UUID ruleId, SelectivityRuleChange change) {
        return service.change(ruleId, change).map(RestResponse::ok);
    }

    @Override
    @RolesAllowed({Roles.CUSTOMS_OFFICER, Roles.CUSTOMS_SUPERVISOR})
    public Uni<RestResponse<SelectivityRuleVersionList>> listSelectivityRuleVersions(UUID ruleId) {
        return service.versions(ruleId).map(found -> RestResponse.ok(new SelectivityRuleVersionList().items(found)));
    }

    @Override
    @RolesAllowed(Roles.CUSTOMS_SUPERVISOR)
    public Uni<RestResponse<TrustedTrader>> setTrustedTrader(String identifier, NewTrustedTrader trader) {
        return service.setTrustedTrader(identifier, trader).map(RestResponse::ok);
    }

    @Override
    @RolesAllowed({Roles.CUSTOMS_OFFICER, Roles.CUSTOMS_SUPERVISOR})
    public Uni<RestResponse<TrustedTraderList>> listTrustedTraders() {
        return service.trustedTraders().map(found -> RestResponse.ok(new TrustedTraderList().items(found)));
    }
}
