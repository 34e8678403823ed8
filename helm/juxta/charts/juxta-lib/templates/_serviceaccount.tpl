{{/*
One ServiceAccount per service, so that a future RBAC or workload-identity binding names exactly one
service. Juxta's services never call the Kubernetes API: no token is mounted.
*/}}
{{- define "juxta-lib.serviceAccount" -}}
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ include "juxta-lib.fullname" . }}
  labels:
    {{- include "juxta-lib.labels" . | nindent 4 }}
automountServiceAccountToken: false
{{- end }}
