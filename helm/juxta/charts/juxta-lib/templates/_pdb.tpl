{{/*
Keeps a replica serving while nodes are drained. Only with more than one replica: with one, a
PodDisruptionBudget of minAvailable 1 would block every drain.
*/}}
{{- define "juxta-lib.podDisruptionBudget" -}}
{{- $values := .values -}}
{{- $replicas := ternary $values.autoscaling.minReplicas $values.replicaCount $values.autoscaling.enabled -}}
{{- if and $values.podDisruptionBudget.enabled (gt (int $replicas) 1) }}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "juxta-lib.fullname" . }}
  labels:
    {{- include "juxta-lib.labels" . | nindent 4 }}
spec:
  minAvailable: {{ $values.podDisruptionBudget.minAvailable }}
  selector:
    matchLabels:
      {{- include "juxta-lib.selectorLabels" . | nindent 6 }}
{{- end }}
{{- end }}
