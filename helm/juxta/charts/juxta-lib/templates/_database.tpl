{{/*
A service's PostgreSQL database, from its values' "database" section: every agency service has one.
juxta-lib.workload adds these to the service's own configuration, secrets and egress.
*/}}

{{/*
The URLs and the two roles' user names Quarkus reads (see the kernel's default configuration,
services/shared/src/main/resources/META-INF/microprofile-config.properties).
*/}}
{{- define "juxta-lib.database.config" -}}
{{- $name := .Chart.Name -}}
{{- $db := .Values.database -}}
{{- $host := required (printf "%s.database.host is required: the PostgreSQL server's host name (e.g. juxta-pg-rw, a CloudNativePG cluster's read-write Service)" $name) $db.host -}}
{{- $address := printf "%s:%d/%s" $host (int $db.port) (required (printf "%s.database.name is required" $name) $db.name) -}}
QUARKUS_DATASOURCE_REACTIVE_URL: {{ printf "postgresql://%s" $address | quote }}
QUARKUS_DATASOURCE_JDBC_URL: {{ printf "jdbc:postgresql://%s" $address | quote }}
QUARKUS_DATASOURCE_USERNAME: {{ required (printf "%s.database.username is required" $name) $db.username | quote }}
QUARKUS_FLYWAY_USERNAME: {{ required (printf "%s.database.ownerUsername is required" $name) $db.ownerUsername | quote }}
{{- end }}

{{/*
The two passwords, by reference to a Secret that the operator creates: never a value in this chart.
*/}}
{{- define "juxta-lib.database.env" -}}
{{- $name := .Chart.Name -}}
{{- $db := .Values.database -}}
{{- $secret := required (printf "%s.database.existingSecret is required: the name of an existing Secret with the database passwords (keys app-password and owner-password, see helm/README.md); the chart never creates it" $name) $db.existingSecret -}}
- name: QUARKUS_DATASOURCE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $secret | quote }}
      key: {{ required (printf "%s.database.secretKeys.appPassword is required" $name) $db.secretKeys.appPassword | quote }}
- name: QUARKUS_FLYWAY_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $secret | quote }}
      key: {{ required (printf "%s.database.secretKeys.ownerPassword is required" $name) $db.secretKeys.ownerPassword | quote }}
{{- end }}

{{/*
With egress restricted: PostgreSQL.
*/}}
{{- define "juxta-lib.database.egress" -}}
- ports:
    - port: {{ int .Values.database.port }}
      protocol: TCP
  {{- with .Values.database.egressTo }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end }}
