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
{{- end }}

{{- define "juxta-lib.database.secret" -}}
{{- required (printf "%s.database.existingSecret is required: the name of an existing Secret with the database passwords (keys app-password and owner-password, see helm/README.md); the chart never creates it" .Chart.Name) .Values.database.existingSecret -}}
{{- end }}

{{/*
The application role's password, by reference to a Secret that the operator creates: never a value in
this chart. The service's pods get only this one; the owner's goes to the migration Job alone.
*/}}
{{- define "juxta-lib.database.env" -}}
{{- $db := .Values.database -}}
- name: QUARKUS_DATASOURCE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "juxta-lib.database.secret" . | quote }}
      key: {{ required (printf "%s.database.secretKeys.appPassword is required" .Chart.Name) $db.secretKeys.appPassword | quote }}
{{- end }}

{{/*
The migration step: a Job of the service's own image that migrates the schema as the owner role and
exits (JUXTA_DATABASE_MIGRATE_AND_EXIT), run by Helm before the release's objects are installed or
upgraded, so that a rollout starts on a migrated schema and no pod of the service holds the owner's
password (with it, a compromised pod could switch row-level security off). It depends on nothing the
release creates (ConfigMap, ServiceAccount): pre-install hooks run before them. Keycloak is not asked
(its OIDC tenant is off): the Job serves no request. With migrations.helmHook false it is a plain
object, for tools that apply rendered manifests themselves and would drop hooks: they must run it to
completion before the Deployments.
Argument: the juxta-lib.workload arguments.
*/}}
{{- define "juxta-lib.database.migrationJob" -}}
{{- $ctx := .ctx -}}
{{- $values := .values -}}
{{- $db := $ctx.Values.database -}}
{{- $migrations := $values.migrations -}}
---
apiVersion: batch/v1
kind: Job
metadata:
  name: {{ printf "%s-migrations" (include "juxta-lib.fullname" .) | trunc 63 | trimSuffix "-" }}
  labels:
    {{- include "juxta-lib.migrationLabels" . | nindent 4 }}
  {{- if $migrations.helmHook }}
  annotations:
    helm.sh/hook: pre-install,pre-upgrade
    # A new Job replaces the last one; a successful one is removed, a failed one kept for its logs.
    helm.sh/hook-delete-policy: before-hook-creation,hook-succeeded
  {{- end }}
spec:
  backoffLimit: {{ $migrations.backoffLimit }}
  activeDeadlineSeconds: {{ $migrations.activeDeadlineSeconds }}
  template:
    metadata:
      labels:
        {{- include "juxta-lib.migrationLabels" . | nindent 8 }}
    spec:
      restartPolicy: Never
      automountServiceAccountToken: false
      enableServiceLinks: false
      {{- with $values.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      securityContext:
        runAsNonRoot: true
        runAsUser: {{ $values.securityContext.runAsUser }}
        runAsGroup: {{ $values.securityContext.runAsGroup }}
        fsGroup: {{ $values.securityContext.fsGroup }}
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: migrations
          image: {{ include "juxta-lib.image" . | quote }}
          imagePullPolicy: {{ $values.image.pullPolicy }}
          env:
            {{- range $key, $value := include "juxta-lib.database.config" $ctx | fromYaml }}
            - name: {{ $key }}
              value: {{ $value | quote }}
            {{- end }}
            - name: QUARKUS_FLYWAY_USERNAME
              value: {{ required (printf "%s.database.ownerUsername is required" $ctx.Chart.Name) $db.ownerUsername | quote }}
            - name: QUARKUS_FLYWAY_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ include "juxta-lib.database.secret" $ctx | quote }}
                  key: {{ required (printf "%s.database.secretKeys.ownerPassword is required" $ctx.Chart.Name) $db.secretKeys.ownerPassword | quote }}
            - name: JUXTA_DATABASE_MIGRATE_AND_EXIT
              value: "true"
            - name: QUARKUS_OIDC_TENANT_ENABLED
              value: "false"
            - name: JAVA_OPTS_APPEND
              value: {{ $values.javaOpts | quote }}
            - name: MALLOC_ARENA_MAX
              value: "2"
          resources:
            {{- toYaml $values.resources | nindent 12 }}
          securityContext:
            runAsNonRoot: true
            runAsUser: {{ $values.securityContext.runAsUser }}
            runAsGroup: {{ $values.securityContext.runAsGroup }}
            readOnlyRootFilesystem: true
            allowPrivilegeEscalation: false
            privileged: false
            capabilities:
              drop:
                - ALL
            seccompProfile:
              type: RuntimeDefault
          volumeMounts:
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: 64Mi
      {{- with $values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
{{- end }}

{{/*
The migration Job's labels: not the service's selector labels, so that neither its Service, its
PodDisruptionBudget nor its NetworkPolicy takes the Job's pod for one of the service's.
*/}}
{{- define "juxta-lib.migrationLabels" -}}
app.kubernetes.io/name: {{ printf "%s-migrations" .ctx.Chart.Name }}
app.kubernetes.io/instance: {{ .ctx.Release.Name }}
app.kubernetes.io/component: migrations
app.kubernetes.io/part-of: juxta
app.kubernetes.io/managed-by: {{ .ctx.Release.Service }}
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
