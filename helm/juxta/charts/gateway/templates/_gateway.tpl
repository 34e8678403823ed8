{{/*
What is the gateway's own: where its routes lead, its rate limits and the proxies it trusts
(see gateway/src/main/resources/application.properties).
*/}}
{{- define "gateway.config" -}}
{{- range .Values.routes }}
{{ printf "JUXTA_GATEWAY_ROUTES_%s_URL" (. | upper | replace "-" "_") }}: {{ printf "http://%s:%s" (include "juxta-lib.fullnameOf" (dict "ctx" $ "service" .)) (include "juxta-lib.httpPort" $) | quote }}
{{- end }}
JUXTA_GATEWAY_RATE_LIMIT_REQUESTS_PER_SECOND: {{ .Values.rateLimit.requestsPerSecond | toString | quote }}
JUXTA_GATEWAY_RATE_LIMIT_BURST: {{ .Values.rateLimit.burst | int | toString | quote }}
JUXTA_GATEWAY_RATE_LIMIT_CONCURRENT_REQUESTS: {{ .Values.rateLimit.concurrentRequests | int | toString | quote }}
{{- with .Values.trustedProxies }}
QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING: "true"
QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED: "true"
QUARKUS_HTTP_PROXY_ENABLE_FORWARDED_HOST: "true"
QUARKUS_HTTP_PROXY_TRUSTED_PROXIES: {{ join "," . | quote }}
{{- end }}
{{- end }}

{{/*
With egress restricted: the API port of the services it routes to, and nothing else of the release.
*/}}
{{- define "gateway.egress" -}}
{{- if .Values.routes }}
- ports:
    - port: {{ include "juxta-lib.httpPort" . }}
      protocol: TCP
  to:
    {{- range .Values.routes }}
    - podSelector:
        matchLabels:
          {{- include "juxta-lib.selectorLabelsOf" (dict "ctx" $ "service" .) | nindent 10 }}
    {{- end }}
{{- end }}
{{- end }}
