{{/*
What is immigration's own: its database, the states whose person indexes it loads at start and the heap it counts a person needs. The URLs, user names and password references Quarkus reads
(see services/immigration/src/main/resources/application.properties).
*/}}
{{- define "immigration.config" -}}
{{- $db := .Values.database -}}
{{- $host := required "immigration.database.host is required: the PostgreSQL server's host name (e.g. juxta-pg-rw, a CloudNativePG cluster's read-write Service)" $db.host -}}
{{- $address := printf "%s:%d/%s" $host (int $db.port) (required "immigration.database.name is required" $db.name) -}}
QUARKUS_DATASOURCE_REACTIVE_URL: {{ printf "postgresql://%s" $address | quote }}
QUARKUS_DATASOURCE_JDBC_URL: {{ printf "jdbc:postgresql://%s" $address | quote }}
QUARKUS_DATASOURCE_USERNAME: {{ required "immigration.database.username is required" $db.username | quote }}
QUARKUS_FLYWAY_USERNAME: {{ required "immigration.database.ownerUsername is required" $db.ownerUsername | quote }}
{{- with .Values.screening.warmUpStates }}
JUXTA_SCREENING_WARM_UP_STATES: {{ join "," . | quote }}
{{- end }}
{{- with .Values.screening.heapPerPerson }}
JUXTA_SCREENING_HEAP_PER_PERSON: {{ . | quote }}
{{- end }}
{{- end }}

{{/*
The two passwords, by reference to a Secret that the operator creates: never a value in this chart.
*/}}
{{- define "immigration.env" -}}
{{- $db := .Values.database -}}
{{- $secret := required "immigration.database.existingSecret is required: the name of an existing Secret with the database passwords (keys app-password and owner-password, see helm/README.md); the chart never creates it" $db.existingSecret -}}
- name: QUARKUS_DATASOURCE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $secret | quote }}
      key: {{ required "immigration.database.secretKeys.appPassword is required" $db.secretKeys.appPassword | quote }}
- name: QUARKUS_FLYWAY_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $secret | quote }}
      key: {{ required "immigration.database.secretKeys.ownerPassword is required" $db.secretKeys.ownerPassword | quote }}
{{- end }}

{{/*
With egress restricted: PostgreSQL.
*/}}
{{- define "immigration.egress" -}}
- ports:
    - port: {{ int .Values.database.port }}
      protocol: TCP
  {{- with .Values.database.egressTo }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end }}
