{{/*
Optional CPU-based autoscaling (the services are stateless). When enabled, the Deployment leaves
replicas to it.
*/}}
{{- define "juxta-lib.horizontalPodAutoscaler" -}}
{{- $autoscaling := .values.autoscaling -}}
{{- if $autoscaling.enabled }}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "juxta-lib.fullname" . }}
  labels:
    {{- include "juxta-lib.labels" . | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "juxta-lib.fullname" . }}
  minReplicas: {{ $autoscaling.minReplicas }}
  maxReplicas: {{ $autoscaling.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ $autoscaling.targetCPUUtilizationPercentage }}
{{- end }}
{{- end }}
