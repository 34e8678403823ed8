{{/*
The one entry point of this library: every Kubernetes object of one Juxta service.

A service's subchart calls it from a single template with what is its own, e.g.

  {{- include "juxta-lib.workload" (dict
        "ctx" .
        "config" (include "customs.config" . | fromYaml)) }}

  ctx     required: the subchart's context
  config  optional: a map of non-secret environment variables for its ConfigMap
  env     optional: a list of env entries, each a valueFrom.secretKeyRef (secrets only by reference)
  egress  optional: NetworkPolicy egress rules beyond DNS, Keycloak, tracing and the database
  public  optional: true for the gateway only

A subchart with a "database" section in its values (every agency service) gets its database's
configuration, the application role's password and egress from juxta-lib.database.*, and its audit
log's key from juxta-lib.audit.env, before its own, and the migration Job that alone holds the
owner's password.
*/}}
{{- define "juxta-lib.workload" -}}
{{- $ctx := required "juxta-lib.workload needs the subchart's context as \"ctx\"" .ctx -}}
{{- $values := mustMergeOverwrite (include "juxta-lib.defaults" $ctx | fromYaml) (deepCopy (omit $ctx.Values "global")) -}}
{{- $args := dict
      "ctx" $ctx
      "values" $values
      "global" ($ctx.Values.global | default dict)
      "public" (.public | default false)
      "config" (.config | default dict)
      "env" (.env | default list)
      "egress" (.egress | default list) -}}
{{- if $ctx.Values.database -}}
{{- $_ := set $args "config" (merge (include "juxta-lib.database.config" $ctx | fromYaml) $args.config) -}}
{{- $_ := set $args "env" (concat (include "juxta-lib.database.env" $ctx | fromYamlArray) (include "juxta-lib.audit.env" $ctx | fromYamlArray) $args.env) -}}
{{- $_ := set $args "egress" (concat (include "juxta-lib.database.egress" $ctx | fromYamlArray) $args.egress) -}}
{{- end -}}
{{- include "juxta-lib.validate" $args -}}
{{ include "juxta-lib.serviceAccount" $args }}
{{ include "juxta-lib.configMap" $args }}
{{ include "juxta-lib.deployment" $args }}
{{ include "juxta-lib.service" $args }}
{{ include "juxta-lib.networkPolicy" $args }}
{{ include "juxta-lib.podDisruptionBudget" $args }}
{{ include "juxta-lib.horizontalPodAutoscaler" $args }}
{{ include "juxta-lib.ingress" $args }}
{{- if $ctx.Values.database }}
{{ include "juxta-lib.database.migrationJob" $args }}
{{- end }}
{{- end }}

{{/*
Checks that no template can express on its own.
*/}}
{{- define "juxta-lib.validate" -}}
{{- $name := .ctx.Chart.Name -}}
{{- if and .public (ne $name (include "juxta-lib.gatewayName" .)) -}}
{{- fail (printf "%s: only the gateway is public; a backend is reached through it" $name) -}}
{{- end -}}
{{- range $env := .env -}}
{{- if not (and $env.valueFrom $env.valueFrom.secretKeyRef) -}}
{{- fail (printf "%s: env %s must be a secretKeyRef; non-secret settings go in the ConfigMap" $name $env.name) -}}
{{- end -}}
{{- end -}}
{{- if and .values.autoscaling.enabled (lt (int .values.autoscaling.maxReplicas) (int .values.autoscaling.minReplicas)) -}}
{{- fail (printf "%s.autoscaling.maxReplicas must not be lower than minReplicas" $name) -}}
{{- end -}}
{{- end }}
