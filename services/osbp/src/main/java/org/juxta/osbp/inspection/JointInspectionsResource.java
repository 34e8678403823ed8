package org.juxta.osbp.inspection;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.osbp.api.JointInspectionsApi;
import org.juxta.osbp.api.model.JointInspection;
import org.juxta.osbp.api.model.JointInspectionAttendance;
import org.juxta.osbp.api.model.JointInspectionFindings;
import org.juxta.osbp.api.model.NewJointInspection;
import org.juxta.osbp.api.model.NewJointInspectionFindings;
import org.juxta.osbp.api.model.NewJointInspectionResult;
import org.juxta.shared.caller.Roles;

import io.smallrye.mutiny.Uni;

/** The joint inspections of contracts/osbp.yaml: both states' customs officers and supervisors. */
@RolesAllowed({Roles.CUSTOMS_OFFICER, Roles.CUSTOMS_SUPERVISOR})
public class JointInspectionsResource implements JointInspectionsApi {

    private final JointInspectionService service;

    JointInspectionsResource(JointInspectionService service) {
        this.service = service;
    }

    @Override
    public Uni<RestResponse<JointInspection>> bookJointInspection(NewJointInspection request, String idempotencyKey) {
        return service.book(request, idempotencyKey)
                .map(booked -> RestResponse.ResponseBuilder
                        .<JointInspection>created(URI.create("/api/osbp/joint-inspections/" + booked.getId()))
                        .entity(booked).build());
    }

    @Override
    public Uni<RestResponse<JointInspection>> getJointInspection(UUID inspectionId) {
        return service.get(inspectionId).map(RestResponse::ok);
    }

    @Override
    public Uni<RestResponse<JointInspection>> confirmJointInspectionAttendance(UUID inspectionId,
            JointInspectionAttendance attendance) {
        return service.confirmAttendance(inspectionId, attendance).map(RestResponse::ok);
    }

    @Override
    public Uni<RestResponse<JointInspection>> recordJointInspectionResult(UUID inspectionId,
            NewJointInspectionResult result) {
        return service.recordResult(inspectionId, result).map(RestResponse::ok);
    }

    @Override
    public Uni<RestResponse<JointInspectionFindings>> recordJointInspectionFindings(UUID inspectionId,
            NewJointInspectionFindings findings) {
        return service.recordFindings(inspectionId, findings).map(RestResponse::ok);
    }
}
