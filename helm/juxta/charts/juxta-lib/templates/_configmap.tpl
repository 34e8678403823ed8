{{/*
The service's non-secret configuration, read with envFrom as Quarkus environment variables. The
Deployment carries a checksum of it, so that a change rolls the pods (environment variables are
read once, at start).

Secrets never come here: the names Quarkus gives them (…PASSWORD, …SECRET, …KEY, …TOKEN,
…CREDENTIALS) are refused, except the OIDC token-verification settings (issuer, audience…), which
are public.
*/}}
{{- define "juxta-lib.configMap" -}}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "juxta-lib.fullname" . }}
  labels:
    {{- include "juxta-lib.labels" . | nindent 4 }}
data:
  {{- include "juxta-lib.configData" . | nindent 2 }}
{{- end }}

{{- define "juxta-lib.configData" -}}
{{- $name := .ctx.Chart.Name -}}
{{- $data := dict
      "QUARKUS_HTTP_PORT" (include "juxta-lib.httpPort" .)
      "QUARKUS_MANAGEMENT_PORT" (include "juxta-lib.managementPort" .)
      "QUARKUS_OIDC_AUTH_SERVER_URL" (include "juxta-lib.oidcAuthServerUrl" .) -}}
{{- with .global.keycloak.issuer -}}
{{- $_ := set $data "QUARKUS_OIDC_TOKEN_ISSUER" . -}}
{{- end -}}
{{- if not .public -}}
{{- /* A service reads X-Forwarded-* from the gateway only (services/shared's defaults: loopback). */ -}}
{{- $_ := set $data "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES" (join "," (.global.gatewayAddresses | default (list "0.0.0.0/0" "::/0"))) -}}
{{- end -}}
{{- with .global.tracing.otlpEndpoint -}}
{{- /* Quarkus reads its own name; the OTEL_ one is the standard's, for agents and sidecars. */ -}}
{{- $_ := set $data "QUARKUS_OTEL_SDK_DISABLED" "false" -}}
{{- $_ := set $data "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT" . -}}
{{- $_ := set $data "OTEL_EXPORTER_OTLP_ENDPOINT" . -}}
{{- end -}}
{{- range $key, $value := .config -}}
{{- if hasKey $data $key -}}
{{- fail (printf "%s: %s is set twice in its configuration" $name $key) -}}
{{- end -}}
{{- $_ := set $data $key (toString $value) -}}
{{- end -}}
{{- range $key, $value := .values.config -}}
{{- if hasKey $data $key -}}
{{- fail (printf "%s.config.%s is set by the chart; use the value made for it" $name $key) -}}
{{- end -}}
{{- if and (regexMatch "PASSWORD|SECRET|CREDENTIAL|TOKEN|KEY" (upper $key)) (not (regexMatch "^QUARKUS_OIDC_TOKEN_" (upper $key))) -}}
{{- fail (printf "%s.config.%s looks like a secret: keep it in a Secret and reference it with %s.secretEnv" $name $key $name) -}}
{{- end -}}
{{- $_ := set $data $key (toString $value) -}}
{{- end -}}
{{- toYaml $data -}}
{{- end }}
