{{/*
A ClusterIP Service: the API on http (8080) and health/metrics on management (9000). Nothing here is
reachable from outside the cluster; the gateway's Ingress is the only way in.
*/}}
{{- define "juxta-lib.service" -}}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ include "juxta-lib.fullname" . }}
  labels:
    {{- include "juxta-lib.labels" . | nindent 4 }}
spec:
  type: ClusterIP
  selector:
    {{- include "juxta-lib.selectorLabels" . | nindent 4 }}
  ports:
    - name: http
      port: {{ include "juxta-lib.httpPort" . }}
      targetPort: http
      protocol: TCP
    - name: management
      port: {{ include "juxta-lib.managementPort" . }}
      targetPort: management
      protocol: TCP
{{- end }}
