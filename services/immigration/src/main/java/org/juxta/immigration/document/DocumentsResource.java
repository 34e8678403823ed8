package org.juxta.immigration.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.documents.MrzFormatException;
import org.juxta.documents.MrzParser;
import org.juxta.immigration.api.DocumentsApi;
import org.juxta.immigration.api.model.MrzInput;
import org.juxta.immigration.api.model.MrzReading;
import org.juxta.shared.caller.Roles;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.problem.InvalidContentException;

import io.smallrye.mutiny.Uni;

/** The document operations of contracts/immigration.yaml: reading machine-readable zones. */
@RolesAllowed({Roles.IMMIGRATION_OFFICER, Roles.IMMIGRATION_SUPERVISOR})
public class DocumentsResource implements DocumentsApi {

    private final Clock clock;

    DocumentsResource(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Uni<RestResponse<MrzReading>> readMrz(MrzInput mrzInput) {
        LocalDate today = LocalDate.now(clock);
        try {
            return Uni.createFrom().item(RestResponse.ok(MrzMapping.toApi(MrzParser.parse(mrzInput.getLines(), today),
                    today)));
        } catch (MrzFormatException e) {
            throw new InvalidContentException(List.of(new FieldError("lines", e.getMessage())));
        }
    }
}
