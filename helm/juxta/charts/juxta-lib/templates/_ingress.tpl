{{/*
The platform's only Ingress: to the gateway's Service, rendered for the public service alone.
Backends have none, and their NetworkPolicy would refuse the ingress controller anyway.
*/}}
{{- define "juxta-lib.ingress" -}}
{{- $ingress := .values.ingress | default dict -}}
{{- if $ingress.enabled }}
{{- if not .public }}
{{- fail (printf "%s.ingress: only the gateway is exposed; a backend is reached through it" .ctx.Chart.Name) }}
{{- end }}
{{- $host := required (printf "%s.ingress.host is required when the Ingress is enabled (e.g. api.juxta.example.org)" .ctx.Chart.Name) $ingress.host }}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{ include "juxta-lib.fullname" . }}
  labels:
    {{- include "juxta-lib.labels" . | nindent 4 }}
  {{- with $ingress.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  {{- with $ingress.className }}
  ingressClassName: {{ . }}
  {{- end }}
  {{- if ($ingress.tls | default dict).enabled }}
  tls:
    - hosts:
        - {{ $host | quote }}
      secretName: {{ required (printf "%s.ingress.tls.secretName is required when TLS is enabled" .ctx.Chart.Name) $ingress.tls.secretName | quote }}
  {{- end }}
  rules:
    - host: {{ $host | quote }}
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: {{ include "juxta-lib.fullname" . }}
                port:
                  name: http
{{- end }}
{{- end }}
