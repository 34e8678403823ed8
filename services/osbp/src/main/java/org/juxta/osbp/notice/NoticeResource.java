package org.juxta.osbp.notice;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.osbp.api.NoticesApi;
import org.juxta.osbp.api.model.NewNotice;
import org.juxta.osbp.api.model.Notice;
import org.juxta.osbp.api.model.NoticeAttachment;
import org.juxta.osbp.api.model.NoticeBox;
import org.juxta.osbp.api.model.NoticePage;
import org.juxta.osbp.api.model.NoticeThread;
import org.juxta.osbp.api.model.NoticeType;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.caller.Roles;
import org.juxta.shared.paging.PageCursors;
import org.juxta.shared.rls.RowLevelSecurity;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** The liaison notice operations of contracts/osbp.yaml: every agency's officers and the OSBP desk take part. */
@RolesAllowed({Roles.LIAISON_OFFICER, Roles.OSBP_COORDINATOR, Roles.IMMIGRATION_OFFICER, Roles.IMMIGRATION_SUPERVISOR,
        Roles.CUSTOMS_OFFICER, Roles.CUSTOMS_SUPERVISOR, Roles.HEALTH_OFFICER, Roles.HEALTH_SUPERVISOR})
public class NoticeResource implements NoticesApi {

    private final NoticeService service;
    private final NoticeStream stream;
    private final CurrentCaller caller;
    private final Sse sse;

    NoticeResource(NoticeService service, NoticeStream stream, CurrentCaller caller, @Context Sse sse) {
        this.service = service;
        this.stream = stream;
        this.caller = caller;
        this.sse = sse;
    }

    @Override
    public Uni<RestResponse<Notice>> sendNotice(NewNotice newNotice, String idempotencyKey) {
        return service.send(newNotice, idempotencyKey)
                .map(sent -> RestResponse.ResponseBuilder
                        .<Notice>created(URI.create("/api/osbp/notices/" + sent.getId())).entity(sent).build());
    }

    @Override
    public Uni<RestResponse<NoticePage>> listNotices(NoticeBox box, NoticeType type, Boolean unacknowledged,
            Boolean escalated, Integer limit, String cursor) {
        return service.list(box, type, unacknowledged, escalated, PageCursors.after(cursor), limit)
                .map(page -> RestResponse.ok(new NoticePage().items(page.items()).nextCursor(page.nextCursor())));
    }

    @Override
    public Uni<RestResponse<Notice>> getNotice(UUID noticeId) {
        return service.get(noticeId).map(RestResponse::ok);
    }

    @Override
    public Uni<RestResponse<NoticeThread>> getNoticeThread(UUID noticeId) {
        return service.thread(noticeId).map(thread -> RestResponse.ok(new NoticeThread().items(thread)));
    }

    @Override
    public Uni<RestResponse<NoticeAttachment>> getNoticeAttachment(UUID noticeId, UUID attachmentId) {
        return service.attachment(noticeId, attachmentId).map(RestResponse::ok);
    }

    @Override
    public Uni<RestResponse<Notice>> acknowledgeNotice(UUID noticeId) {
        return service.acknowledge(noticeId).map(RestResponse::ok);
    }

    @Override
    public Multi<OutboundSseEvent> streamNoticeEvents(String lastEventId, Long after) {
        Caller streaming = caller.get();
        String participant = RowLevelSecurity.participantOf(streaming);
        if (participant == null) {
            throw new ForbiddenException(
                    "The access token names no agency: its caller takes part in no liaison.");
        }
        Long resumeAfter = lastEventId != null ? Long.valueOf(lastEventId) : after;
        return stream.open(streaming, participant, resumeAfter, sse);
    }
}
