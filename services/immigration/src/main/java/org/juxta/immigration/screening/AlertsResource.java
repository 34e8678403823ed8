package org.juxta.immigration.screening;

import java.io.File;
import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.immigration.api.AlertsApi;
import org.juxta.immigration.api.model.AlertEntry;
import org.juxta.immigration.api.model.AlertEntryPage;
import org.juxta.immigration.api.model.AlertImport;
import org.juxta.immigration.api.model.AlertList;
import org.juxta.immigration.api.model.AlertListCollection;
import org.juxta.immigration.api.model.Hit;
import org.juxta.immigration.api.model.HitPage;
import org.juxta.immigration.api.model.HitStatus;
import org.juxta.immigration.api.model.NewAlertEntry;
import org.juxta.immigration.api.model.NewAlertList;
import org.juxta.immigration.api.model.NewHitResolution;
import org.juxta.shared.caller.Roles;
import org.juxta.shared.paging.PageCursors;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;

/** The alert list and hit operations of contracts/immigration.yaml. */
@RolesAllowed(Roles.IMMIGRATION_SUPERVISOR)
public class AlertsResource implements AlertsApi {

    static final String LISTS = "/api/immigration/alert-lists";

    private final AlertListService lists;
    private final AlertImportService imports;
    private final HitService hits;
    private final CurrentVertxRequest request;

    AlertsResource(AlertListService lists, AlertImportService imports, HitService hits, CurrentVertxRequest request) {
        this.lists = lists;
        this.imports = imports;
        this.hits = hits;
        this.request = request;
    }

    @Override
    public Uni<RestResponse<AlertList>> createAlertList(NewAlertList newAlertList) {
        return lists.create(newAlertList)
                .map(list -> RestResponse.ResponseBuilder.<AlertList>created(URI.create(LISTS + "/" + list.getId()))
                        .entity(list).build());
    }

    @Override
    @RolesAllowed({Roles.IMMIGRATION_OFFICER, Roles.IMMIGRATION_SUPERVISOR})
    public Uni<RestResponse<AlertListCollection>> listAlertLists() {
        return lists.all().map(found -> RestResponse.ok(new AlertListCollection().items(found)));
    }

    @Override
    @RolesAllowed({Roles.IMMIGRATION_OFFICER, Roles.IMMIGRATION_SUPERVISOR})
    public Uni<RestResponse<AlertList>> getAlertList(UUID listId) {
        return lists.get(listId).map(RestResponse::ok);
    }

    @Override
    public Uni<RestResponse<AlertEntry>> addAlertEntry(UUID listId, NewAlertEntry newAlertEntry) {
        return lists.addEntry(listId, newAlertEntry)
                .map(entry -> RestResponse.status(RestResponse.Status.CREATED, entry));
    }

    @Override
    public Uni<RestResponse<AlertEntryPage>> listAlertEntries(UUID listId, Integer limit, String cursor) {
        return lists.entries(listId, PageCursors.after(cursor), limit)
                .map(page -> RestResponse.ok(new AlertEntryPage().items(page.items()).nextCursor(page.nextCursor())));
    }

    @Override
    public Uni<RestResponse<Void>> withdrawAlertEntry(UUID listId, UUID entryId) {
        return lists.withdraw(listId, entryId).map(ignored -> RestResponse.noContent());
    }

    @Override
    public Uni<RestResponse<AlertImport>> importAlertEntries(UUID listId, File body) {
        String contentType = request.getCurrent().request().getHeader("Content-Type");
        ImportFormat format = contentType != null && contentType.startsWith("application/x-ndjson")
                ? ImportFormat.JSON_LINES
                : ImportFormat.CSV;
        return imports.start(listId, body, format)
                // Only once the import is committed may the background work look for it.
                .invoke(imports::runInBackground)
                .map(started -> RestResponse.ResponseBuilder.<AlertImport>accepted()
                        .location(URI.create(LISTS + "/" + listId + "/imports/" + started.alertImport().getId()))
                        .entity(started.alertImport())
                        .build());
    }

    @Override
    public Uni<RestResponse<AlertImport>> getAlertImport(UUID listId, UUID importId) {
        return imports.get(listId, importId).map(RestResponse::ok);
    }

    @Override
    @RolesAllowed({Roles.IMMIGRATION_OFFICER, Roles.IMMIGRATION_SUPERVISOR})
    public Uni<RestResponse<HitPage>> listHits(HitStatus status, Integer limit, String cursor) {
        HitEntity.Decision decision = status == null || status == HitStatus.OPEN
                ? null
                : HitEntity.Decision.valueOf(status.name());
        return hits.list(decision, status == HitStatus.OPEN, PageCursors.after(cursor), limit)
                .map(page -> RestResponse.ok(new HitPage().items(page.items()).nextCursor(page.nextCursor())));
    }

    @Override
    @RolesAllowed({Roles.IMMIGRATION_OFFICER, Roles.IMMIGRATION_SUPERVISOR})
    public Uni<RestResponse<Hit>> getHit(UUID hitId) {
        return hits.get(hitId).map(RestResponse::ok);
    }

    @Override
    @RolesAllowed({Roles.IMMIGRATION_OFFICER, Roles.IMMIGRATION_SUPERVISOR})
    public Uni<RestResponse<Hit>> resolveHit(UUID hitId, NewHitResolution resolution) {
        return hits.resolve(hitId, HitEntity.Decision.valueOf(resolution.getDecision().name()), resolution.getReason())
                .map(RestResponse::ok);
    }
}
