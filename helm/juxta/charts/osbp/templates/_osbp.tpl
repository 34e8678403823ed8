{{/*
What is the one-stop border post's own: its relay's agency services and clients (see
services/osbp/src/main/resources/application.properties and docs/operations.md, JUXTA_RELAY_*).
*/}}
{{- define "osbp.config" -}}
JUXTA_RELAY_ENABLED: {{ .Values.relay.enabled | toString | quote }}
{{- range .Values.relay.services }}
{{ printf "JUXTA_RELAY_%s_URL" (. | upper | replace "-" "_") }}: {{ printf "http://%s:%s" (include "juxta-lib.fullnameOf" (dict "ctx" $ "service" .)) (include "juxta-lib.httpPort" $) | quote }}
{{- end }}
{{- range .Values.relay.clients }}
{{ printf "JUXTA_RELAY_CLIENTS_%s_ID" .state }}: {{ .clientId | quote }}
{{- end }}
{{- end }}

{{/*
Each relay client's secret, only by reference to an existing Secret.
*/}}
{{- define "osbp.env" -}}
{{- range .Values.relay.clients }}
- name: {{ printf "JUXTA_RELAY_CLIENTS_%s_SECRET" .state }}
  valueFrom:
    secretKeyRef:
      name: {{ required (printf "osbp.relay.clients: the client of %s needs existingSecret" .state) .existingSecret | quote }}
      key: {{ .secretKey | default "client-secret" | quote }}
{{- end }}
{{- end }}

{{/*
With egress restricted: the API port of the agency services the relay reads.
*/}}
{{- define "osbp.egress" -}}
{{- if and .Values.relay.enabled .Values.relay.services }}
- ports:
    - port: {{ include "juxta-lib.httpPort" . }}
      protocol: TCP
  to:
    {{- range .Values.relay.services }}
    - podSelector:
        matchLabels:
          {{- include "juxta-lib.selectorLabelsOf" (dict "ctx" $ "service" .) | nindent 10 }}
    {{- end }}
{{- end }}
{{- end }}
