package org.juxta.osbp.notice.delivery;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.osbp.api.WebhooksApi;
import org.juxta.osbp.api.model.WebhookDelivery;
import org.juxta.osbp.api.model.WebhookDeliveryList;
import org.juxta.osbp.api.model.WebhookDeliveryState;
import org.juxta.osbp.api.model.WebhookSubscription;
import org.juxta.osbp.api.model.WebhookSubscriptionRequest;
import org.juxta.shared.caller.Roles;

import io.smallrye.mutiny.Uni;

/** The webhook operations of contracts/osbp.yaml: an agency's supervisors or its own system manage its webhook. */
@RolesAllowed({Roles.IMMIGRATION_SUPERVISOR, Roles.CUSTOMS_SUPERVISOR, Roles.HEALTH_SUPERVISOR, Roles.OSBP_COORDINATOR,
        Roles.LIAISON_SYSTEM})
public class WebhookResource implements WebhooksApi {

    private final WebhookService service;

    WebhookResource(WebhookService service) {
        this.service = service;
    }

    @Override
    public Uni<RestResponse<WebhookSubscription>> subscribeWebhook(WebhookSubscriptionRequest request) {
        return service.subscribe(request.getUrl()).map(RestResponse::ok);
    }

    @Override
    public Uni<RestResponse<WebhookSubscription>> getWebhookSubscription() {
        return service.get().map(RestResponse::ok);
    }

    @Override
    public Uni<RestResponse<Void>> unsubscribeWebhook() {
        return service.unsubscribe().map(removed -> RestResponse.noContent());
    }

    @Override
    public Uni<RestResponse<WebhookDeliveryList>> listWebhookDeliveries(WebhookDeliveryState state, Integer limit,
            Long before) {
        return service.deliveries(state, before, limit)
                .map(deliveries -> RestResponse.ok(new WebhookDeliveryList().items(deliveries)));
    }

    @Override
    public Uni<RestResponse<WebhookDelivery>> redeliverWebhook(UUID deliveryId) {
        return service.redeliver(deliveryId).map(RestResponse::ok);
    }
}
