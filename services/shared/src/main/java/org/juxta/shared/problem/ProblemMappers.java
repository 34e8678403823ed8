package org.juxta.shared.problem;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.juxta.shared.audit.AccessRefusedException;
import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.http.Problem;
import org.juxta.shared.http.ProblemTypes;
import org.juxta.shared.http.RequestIds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;

/**
 * Turns every failure of a request into an RFC 9457 problem detail with a specific message: what is
 * wrong, and for input, which field.
 * <p>
 * Authentication is lazy (quarkus.http.auth.proactive=false) so that its failures reach these mappers
 * too, instead of leaving as empty 401 responses.
 */
public class ProblemMappers {

    /** The most errors a problem lists: the bound of {@code Problem.errors} in contracts/common.yaml. */
    static final int MAX_ERRORS = 1000;
    /** The most fields a problem's detail names. */
    static final int FIELDS_IN_DETAIL = 10;

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String BEARER_CHALLENGE = "Bearer realm=\"juxta\"";
    /** A database restart or fail-over takes seconds. */
    private static final String DATABASE_RETRY_AFTER_SECONDS = "2";

    private final RequestIds requestIds;
    private final AuditLog auditLog;

    ProblemMappers(RequestIds requestIds, AuditLog auditLog) {
        this.requestIds = requestIds;
        this.auditLog = auditLog;
    }

    @ServerExceptionMapper
    RestResponse<Problem> unauthorized(UnauthorizedException e, UriInfo uri) {
        return problem(Response.Status.UNAUTHORIZED, ProblemTypes.BLANK,
                "This request needs a valid bearer access token of the Juxta realm.", uri, null)
                .header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE).build();
    }

    @ServerExceptionMapper
    RestResponse<Problem> authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return problem(Response.Status.UNAUTHORIZED, ProblemTypes.BLANK,
                "The access token is not valid here: it is expired, not signed by the Juxta realm, or issued for another audience.",
                uri, null)
                .header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE + ", error=\"invalid_token\"").build();
    }

    /** Audited here, as a record not found is: the request's own transaction was rolled back. */
    @ServerExceptionMapper
    Uni<RestResponse<Problem>> accessRefused(AccessRefusedException e, UriInfo uri) {
        RestResponse<Problem> answer = problem(Response.Status.FORBIDDEN, ProblemTypes.BLANK, e.getMessage(), uri,
                null).build();
        return auditLog.recordRefused(e.action(), e.recordType(), e.getMessage()).replaceWith(answer);
    }

    @ServerExceptionMapper
    RestResponse<Problem> forbidden(ForbiddenException e, UriInfo uri) {
        String detail = e.getMessage() != null && !e.getMessage().isBlank()
                ? e.getMessage()
                : "The caller's roles do not allow this operation.";
        return problem(Response.Status.FORBIDDEN, ProblemTypes.BLANK, detail, uri, null).build();
    }

    /**
     * A record asked for by its id and not found in the caller's state (missing, or of another state) is
     * audited here, once for every service: the request's own transaction was rolled back with its failure.
     */
    @ServerExceptionMapper
    Uni<RestResponse<Problem>> notFound(RecordNotFoundException e, UriInfo uri, Request request) {
        RestResponse<Problem> answer = problem(Response.Status.NOT_FOUND, ProblemTypes.BLANK, e.getMessage(), uri, null)
                .build();
        if (e.recordId() == null) {
            return Uni.createFrom().item(answer);
        }
        AuditAction action = HttpMethod.GET.equals(request.getMethod()) ? AuditAction.READ : AuditAction.UPDATE;
        return auditLog.recordNotFound(action, e.recordType(), e.recordId()).replaceWith(answer);
    }

    @ServerExceptionMapper
    RestResponse<Problem> conflict(ConflictException e, UriInfo uri) {
        return problem(Response.Status.CONFLICT, ProblemTypes.BLANK, e.getMessage(), uri, null).build();
    }

    @ServerExceptionMapper
    RestResponse<Problem> invalidContent(InvalidContentException e, UriInfo uri) {
        return problem(422, "Unprocessable Content", ProblemTypes.INVALID_CONTENT, e.getMessage(), uri, e.errors())
                .build();
    }

    @ServerExceptionMapper
    RestResponse<Problem> contentTooLarge(ContentTooLargeException e, UriInfo uri) {
        return problem(413, "Content Too Large", ProblemTypes.BLANK, e.getMessage(), uri, null).build();
    }

    @ServerExceptionMapper
    RestResponse<Problem> malformedRequest(MalformedRequestException e, UriInfo uri) {
        return problem(Response.Status.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, e.getMessage(), uri, e.errors())
                .build();
    }

    @ServerExceptionMapper
    RestResponse<Problem> idempotencyKeyReused(IdempotencyKeyReusedException e, UriInfo uri) {
        return problem(422, "Unprocessable Content", ProblemTypes.IDEMPOTENCY_KEY_REUSED, e.getMessage(), uri,
                List.of(new FieldError("Idempotency-Key", e.getMessage()))).build();
    }

    /**
     * Bean validation of generated interfaces: a violation on a parameter is a malformed request (400);
     * on the body, well-formed but invalid content (422).
     */
    @ServerExceptionMapper
    RestResponse<Problem> constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> parameterErrors = new ArrayList<>();
        List<FieldError> bodyErrors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            ViolationPath path = ViolationPath.of(violation);
            (path.inBody() ? bodyErrors : parameterErrors).add(new FieldError(path.field(), violation.getMessage()));
        }
        Comparator<FieldError> byField = Comparator.comparing(FieldError::field).thenComparing(FieldError::message);
        parameterErrors.sort(byField);
        bodyErrors.sort(byField);
        if (!parameterErrors.isEmpty()) {
            return problem(Response.Status.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST,
                    "Invalid parameters: " + fieldNames(parameterErrors) + ".", uri, parameterErrors).build();
        }
        return problem(422, "Unprocessable Content", ProblemTypes.INVALID_CONTENT,
                "Invalid values: " + fieldNames(bodyErrors) + ".", uri, bodyErrors).build();
    }

    @ServerExceptionMapper
    RestResponse<Problem> unrecognizedProperty(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return malformedBody("The field '" + field + "' is not part of this request.", field,
                "is not a known field", uri);
    }

    @ServerExceptionMapper
    RestResponse<Problem> mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return malformedBody("The request body is missing or is not the expected JSON object.", "body",
                    "must be a JSON object", uri);
        }
        String expected = e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                ? describe(invalid.getTargetType())
                : describe(e.getTargetType());
        return malformedBody("The field '" + field + "' has the wrong type: it " + expected + ".", field, expected,
                uri);
    }

    @ServerExceptionMapper
    RestResponse<Problem> jsonMapping(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        String reason = Optional.ofNullable(e.getCause()).map(Throwable::getMessage).orElse("has an invalid value");
        return malformedBody("The field '" + field + "' cannot be read: " + reason + ".", field, reason, uri);
    }

    @ServerExceptionMapper
    RestResponse<Problem> unreadableJson(StreamReadException e, UriInfo uri) {
        return malformedBody("The request body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ").", "body", "is not valid JSON", uri);
    }

    @ServerExceptionMapper
    RestResponse<Problem> otherJson(JsonProcessingException e, UriInfo uri) {
        return malformedBody("The request body cannot be read as JSON.", "body", "is not valid JSON", uri);
    }

    private RestResponse<Problem> json(JsonProcessingException e, UriInfo uri) {
        return switch (e) {
            case UnrecognizedPropertyException unrecognized -> unrecognizedProperty(unrecognized, uri);
            case MismatchedInputException mismatched -> mismatchedInput(mismatched, uri);
            case JsonMappingException mapping -> jsonMapping(mapping, uri);
            case StreamReadException unreadable -> unreadableJson(unreadable, uri);
            default -> otherJson(e, uri);
        };
    }

    /**
     * Logged as an error when an operator must act; one that passes on its own (it says when to retry) is
     * logged once by whoever found it, not once per request.
     */
    @ServerExceptionMapper
    RestResponse<Problem> tooManyRequests(TooManyRequestsException e, UriInfo uri) {
        return problem(429, "Too Many Requests", ProblemTypes.BLANK, e.getMessage(), uri, null)
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    RestResponse<Problem> unavailable(ServiceUnavailableException e, UriInfo uri) {
        RestResponse.ResponseBuilder<Problem> answer = problem(Response.Status.SERVICE_UNAVAILABLE, ProblemTypes.BLANK,
                e.getMessage(), uri, null);
        e.retryAfterSeconds().ifPresentOrElse(seconds -> answer.header(HttpHeaders.RETRY_AFTER, seconds),
                () -> LOG.error(e.getMessage()));
        return answer.build();
    }

    /** Routing and protocol failures: no such path, wrong method, unsupported media type... */
    @ServerExceptionMapper
    RestResponse<Problem> webApplication(WebApplicationException e, UriInfo uri, SimpleResourceInfo resource) {
        // Quarkus REST wraps some body-reading failures; answer those like the unwrapped ones.
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        // A path or query parameter that could not be converted: JAX-RS says 404, but the path exists
        // and the value is wrong (no such path is a NotFoundException without a cause).
        if (e instanceof NotFoundException && e.getCause() != null) {
            return malformedParameter(e.getCause(), uri, resource);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            LOG.error("Request failed", e);
        }
        RestResponse.ResponseBuilder<Problem> builder = problem(status.getStatusCode(), status.getReasonPhrase(),
                ProblemTypes.BLANK, detailOf(e, status), uri, null);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)
                    && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    /** Any other failure: a 500, unless PostgreSQL is unreachable for a moment (a 503 to retry). */
    @ServerExceptionMapper
    RestResponse<Problem> unexpected(Exception e, UriInfo uri) {
        Optional<String> databaseDown = DatabaseUnavailable.reason(e);
        if (databaseDown.isPresent()) {
            // One line per request, not a stack trace: an outage must not flood the log.
            LOG.warnf("The database is unavailable: %s", databaseDown.get());
            return problem(Response.Status.SERVICE_UNAVAILABLE, ProblemTypes.BLANK,
                    "The database cannot be reached now. Retry shortly: a create retried with the same Idempotency-Key is stored once, whether or not this attempt was.",
                    uri, null).header(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS).build();
        }
        LOG.error("Unexpected failure of a request", e);
        return problem(Response.Status.INTERNAL_SERVER_ERROR, ProblemTypes.BLANK,
                "The request failed on our side; nothing is lost if it is retried. Quote the requestId when reporting it.",
                uri, null).build();
    }

    /**
     * Names the parameter whose value the conversion failure quotes (Quarkus REST does not say which
     * parameter failed, but every converter's message repeats the value), and the values of an enum.
     */
    private RestResponse<Problem> malformedParameter(Throwable failure, UriInfo uri, SimpleResourceInfo resource) {
        String message = Optional.ofNullable(failure.getMessage()).orElse("");
        List<Map.Entry<String, String>> given = new ArrayList<>();
        uri.getPathParameters().forEach((name, values) -> values.forEach(value -> given.add(Map.entry(name, value))));
        uri.getQueryParameters().forEach((name, values) -> values.forEach(value -> given.add(Map.entry(name, value))));
        // The longest value quoted: a short valid value (documentNumber=A) may be part of the bad one.
        String parameter = given.stream()
                .filter(candidate -> !candidate.getValue().isBlank() && message.contains(candidate.getValue()))
                .max(Comparator.comparingInt(candidate -> candidate.getValue().length()))
                .map(Map.Entry::getKey)
                // UUID's "UUID string too large" does not quote the value: find the UUID that does not read.
                .or(() -> given.stream()
                        .filter(candidate -> declaredType(resource, candidate.getKey()).filter(UUID.class::equals)
                                .isPresent() && !isUuid(candidate.getValue()))
                        .map(Map.Entry::getKey).findFirst())
                .orElse("parameters");
        String expected = enumValues(resource, parameter).map(values -> "must be one of " + values)
                .orElse("is not a valid value of this parameter");
        return problem(Response.Status.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST,
                "The parameter '" + parameter + "' has a value that cannot be read: it " + expected + ".", uri,
                List.of(new FieldError(parameter, expected))).build();
    }

    /** The values, as the API writes them, of the enum a query or path parameter of the operation takes. */
    private static Optional<String> enumValues(SimpleResourceInfo resource, String parameter) {
        return declaredType(resource, parameter)
                .filter(Class::isEnum)
                .map(type -> Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                        .collect(Collectors.joining(", ")));
    }

    /** The type of the values of a query or path parameter of the operation. */
    private static Optional<Class<?>> declaredType(SimpleResourceInfo resource, String parameter) {
        if (resource == null || resource.getResourceClass() == null) {
            return Optional.empty();
        }
        return declarations(resource.getResourceClass(), resource.getMethodName())
                .flatMap(method -> Arrays.stream(method.getParameters()))
                .filter(candidate -> httpName(candidate).filter(parameter::equals).isPresent())
                .<Class<?>>map(ProblemMappers::valueType)
                .findFirst();
    }

    private static boolean isUuid(String value) {
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The declarations of a resource method: in its class and superclasses, and in the interfaces they
     * implement, where the generated ones carry the parameters' annotations.
     */
    private static Stream<Method> declarations(Class<?> resource, String methodName) {
        Stream.Builder<Class<?>> types = Stream.builder();
        for (Class<?> type = resource; type != null; type = type.getSuperclass()) {
            types.add(type);
            Arrays.stream(type.getInterfaces()).forEach(types::add);
        }
        return types.build()
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(method -> method.getName().equals(methodName));
    }

    /** The name of a query, path, header or cookie parameter as the client sends it, if it is one. */
    private static Optional<String> httpName(Parameter parameter) {
        if (parameter.isAnnotationPresent(QueryParam.class)) {
            return Optional.of(parameter.getAnnotation(QueryParam.class).value());
        }
        if (parameter.isAnnotationPresent(PathParam.class)) {
            return Optional.of(parameter.getAnnotation(PathParam.class).value());
        }
        if (parameter.isAnnotationPresent(HeaderParam.class)) {
            return Optional.of(parameter.getAnnotation(HeaderParam.class).value());
        }
        if (parameter.isAnnotationPresent(CookieParam.class)) {
            return Optional.of(parameter.getAnnotation(CookieParam.class).value());
        }
        return Optional.empty();
    }

    /** A parameter's type, or the type of its items if it repeats. */
    private static Class<?> valueType(Parameter parameter) {
        if (parameter.getParameterizedType() instanceof ParameterizedType repeated
                && repeated.getActualTypeArguments()[0] instanceof Class<?> item) {
            return item;
        }
        return parameter.getType();
    }

    private RestResponse<Problem> malformedBody(String detail, String field, String message, UriInfo uri) {
        return problem(Response.Status.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, detail, uri,
                List.of(new FieldError(field, message))).build();
    }

    private RestResponse.ResponseBuilder<Problem> problem(Response.Status status, String type, String detail,
            UriInfo uri, List<FieldError> errors) {
        return problem(status.getStatusCode(), status.getReasonPhrase(), type, detail, uri, errors);
    }

    private RestResponse.ResponseBuilder<Problem> problem(int status, String title, String type, String detail,
            UriInfo uri, List<FieldError> errors) {
        // Held to the contract's bound on errors (common.yaml): the first of them are enough to fix a request.
        List<FieldError> listed = errors != null && errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors;
        Problem problem = new Problem(type, title, status, detail, uri != null ? uri.getPath() : null,
                requestIds.current(), listed);
        return RestResponse.ResponseBuilder.<Problem>create(status).entity(problem).type(Problem.MEDIA_TYPE);
    }

    private static String detailOf(WebApplicationException e, Response.StatusType status) {
        return switch (status.getStatusCode()) {
            case 404 -> "There is nothing at this path.";
            case 405 -> "This method is not allowed on this path.";
            case 406 -> "The response cannot be given in any of the accepted media types.";
            case 415 -> "The request body must be application/json.";
            default -> e.getMessage() != null && !e.getMessage().startsWith("HTTP ")
                    ? e.getMessage()
                    : status.getReasonPhrase() + ".";
        };
    }

    /**
     * The fields a detail names: the first few, and how many more. A request can be wrong in thousands of places
     * (every element of a long list); the detail stays a sentence, and {@code errors} lists them.
     */
    private static String fieldNames(List<FieldError> errors) {
        List<String> fields = errors.stream().map(FieldError::field).distinct().toList();
        String named = String.join(", ", fields.subList(0, Math.min(fields.size(), FIELDS_IN_DETAIL)));
        return fields.size() <= FIELDS_IN_DETAIL
                ? named
                : named + " and " + (fields.size() - FIELDS_IN_DETAIL) + " more";
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "must be a date (YYYY-MM-DD)";
            case "OffsetDateTime", "Instant" -> "must be a date and time with an offset (RFC 3339)";
            case "UUID" -> "must be a UUID";
            case "String" -> "must be a string";
            case "Integer", "Long", "int", "long" -> "must be an integer";
            case "Boolean", "boolean" -> "must be true or false";
            case "List", "Set" -> "must be an array";
            default -> "must be an object";
        };
    }

    /** Where a constraint violation is: a body field path, or the HTTP name of a parameter. */
    record ViolationPath(boolean inBody, String field) {

        static ViolationPath of(ConstraintViolation<?> violation) {
            List<Path.Node> nodes = new ArrayList<>();
            violation.getPropertyPath().forEach(nodes::add);
            String methodName = null;
            Path.Node parameter = null;
            StringBuilder bodyPath = new StringBuilder();
            for (Path.Node node : nodes) {
                if (node.getKind() == ElementKind.METHOD) {
                    methodName = node.getName();
                } else if (node.getKind() == ElementKind.PARAMETER) {
                    parameter = node;
                } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                    if (node.getIndex() != null) {
                        bodyPath.append('[').append(node.getIndex()).append(']');
                    }
                    if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
                        if (!bodyPath.isEmpty()) {
                            bodyPath.append('.');
                        }
                        bodyPath.append(node.getName());
                    }
                }
            }
            if (parameter == null) {
                return new ViolationPath(true, bodyPath.isEmpty() ? "body" : bodyPath.toString());
            }
            int index = parameter.as(Path.ParameterNode.class).getParameterIndex();
            Optional<String> httpName = httpName(violation.getRootBeanClass(), methodName, index);
            if (httpName.isPresent()) {
                return new ViolationPath(false, httpName.get());
            }
            return new ViolationPath(true, bodyPath.isEmpty() ? "body" : bodyPath.toString());
        }

        /** The HTTP name of the method's parameter at this index, if it is a query, path, header or cookie one. */
        private static Optional<String> httpName(Class<?> resource, String methodName, int index) {
            return declarations(resource, methodName)
                    .filter(method -> method.getParameterCount() > index)
                    .flatMap(method -> ProblemMappers.httpName(method.getParameters()[index]).stream())
                    .findFirst();
        }
    }
}
