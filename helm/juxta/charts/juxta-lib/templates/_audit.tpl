{{/*
A service's audit log, from its values' "audit" section: every agency service with a database has one
(the kernel's audit tables). juxta-lib.workload adds the key to the service's secrets.
*/}}

{{/*
The key the audit chain's HMACs are keyed with, by reference to a Secret the operator creates: never a
value in this chart, and never in the database, so that whoever can write the database cannot forge
entries that verify.
*/}}
{{- define "juxta-lib.audit.env" -}}
{{- $name := .Chart.Name -}}
{{- $audit := .Values.audit | default dict -}}
{{- $secret := required (printf "%s.audit.existingSecret is required: the name of an existing Secret with the audit log's HMAC key (key hmac-key, base64 of at least 32 random bytes, see helm/README.md); the chart never creates it" $name) $audit.existingSecret -}}
- name: JUXTA_AUDIT_HMAC_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $secret | quote }}
      key: {{ required (printf "%s.audit.secretKey is required" $name) $audit.secretKey | quote }}
{{- end }}
