{{/*
What is the gateway's own: where its routes lead, and its rate limits
(see gateway/src/main/resources/application.properties).
*/}}
{{- define "gateway.config" -}}
{{- range .Values.routes }}
{{ printf "JUXTA_GATEWAY_ROUTES_%s_URL" (. | upper | replace "-" "_") }}: {{ printf "http://%s:%s" (include "juxta-lib.fullnameOf" (dict "ctx" $ "service" .)) (include "juxta-lib.httpPort" $) | quote }}
{{- end }}
JUXTA_GATEWAY_RATE_LIMIT_REQUESTS_PER_SECOND: {{ .Values.rateLimit.requestsPerSecond | toString | quote }}
JUXTA_GATEWAY_RATE_LIMIT_BURST: {{ .Values.rateLimit.burst | int | toString | quote }}
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
