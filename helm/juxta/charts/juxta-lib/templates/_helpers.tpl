{{/*
Names, labels, image and URLs shared by every Juxta service.

Every template of this library takes the same argument, built by "juxta-lib.workload" (see
_workload.tpl) from what a service's subchart passes:
  .ctx     the subchart's own context (.Release, .Chart, .Values)
  .values  the subchart's values merged over this library's defaults (_defaults.tpl): use these,
           never .ctx.Values, so that a service gets every default without repeating it
  .global  the umbrella chart's global values
  .public  true only for the gateway, the one service reachable from outside the release
  .config  the service's own non-secret configuration (a map, added to its ConfigMap)
  .env     the service's own secret references (a list of env entries with valueFrom.secretKeyRef)
  .egress  the service's own egress rules (a list of NetworkPolicy egress rules)
*/}}

{{/*
The name of the gateway's subchart: backends admit HTTP traffic only from its pods.
*/}}
{{- define "juxta-lib.gatewayName" -}}
gateway
{{- end }}

{{/*
The container ports. They are not values: the probes, the Services, the NetworkPolicies and the
gateway's routes all rely on them, and inside a pod nothing else competes for them.
*/}}
{{- define "juxta-lib.httpPort" -}}
8080
{{- end }}
{{- define "juxta-lib.managementPort" -}}
9000
{{- end }}

{{/*
The name of one service's objects: <release>-<service>, e.g. juxta-immigration. There is
deliberately no fullnameOverride: the gateway's routes and the NetworkPolicies name the other
services' objects by this rule.
Argument: (dict "ctx" <any chart context> "service" <service name>).
*/}}
{{- define "juxta-lib.fullnameOf" -}}
{{- printf "%s-%s" .ctx.Release.Name .service | trunc 63 | trimSuffix "-" -}}
{{- end }}

{{- define "juxta-lib.fullname" -}}
{{- include "juxta-lib.fullnameOf" (dict "ctx" .ctx "service" .ctx.Chart.Name) -}}
{{- end }}

{{/*
Selector labels of one service's pods. Stable for the life of a release: a Deployment's selector is
immutable, so nothing that changes between upgrades (version, chart) belongs here.
Argument: (dict "ctx" <any chart context> "service" <service name>).
*/}}
{{- define "juxta-lib.selectorLabelsOf" -}}
app.kubernetes.io/name: {{ .service }}
app.kubernetes.io/instance: {{ .ctx.Release.Name }}
{{- end }}

{{- define "juxta-lib.selectorLabels" -}}
{{ include "juxta-lib.selectorLabelsOf" (dict "ctx" .ctx "service" .ctx.Chart.Name) }}
{{- end }}

{{/*
The image tag: the value, or the chart's appVersion. "latest" is refused: a tag that moves makes a
rollback restore nothing and two replicas run different code.
*/}}
{{- define "juxta-lib.imageTag" -}}
{{- $tag := .values.image.tag | default .ctx.Chart.AppVersion | toString -}}
{{- if eq (lower $tag) "latest" -}}
{{- fail (printf "%s.image.tag must not be \"latest\": pin a version (default: the chart's appVersion %s)" .ctx.Chart.Name .ctx.Chart.AppVersion) -}}
{{- end -}}
{{- $tag -}}
{{- end }}

{{- define "juxta-lib.image" -}}
{{- $repository := required (printf "%s.image.repository is required" .ctx.Chart.Name) .values.image.repository -}}
{{- if .values.image.digest -}}
{{- printf "%s@%s" $repository .values.image.digest -}}
{{- else -}}
{{- printf "%s:%s" $repository (include "juxta-lib.imageTag" .) -}}
{{- end -}}
{{- end }}

{{/*
Labels of every object of a service (the recommended app.kubernetes.io set).
*/}}
{{- define "juxta-lib.labels" -}}
{{ include "juxta-lib.selectorLabels" . }}
app.kubernetes.io/version: {{ include "juxta-lib.imageTag" . | replace "+" "_" | trunc 63 | trimSuffix "-" | quote }}
app.kubernetes.io/component: {{ .values.component | quote }}
app.kubernetes.io/part-of: juxta
app.kubernetes.io/managed-by: {{ .ctx.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .ctx.Chart.Name .ctx.Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Keycloak's realm URL as the services reach it inside the cluster, for quarkus.oidc.auth-server-url.
*/}}
{{- define "juxta-lib.oidcAuthServerUrl" -}}
{{- $keycloak := .global.keycloak -}}
{{- $url := required "global.keycloak.url is required: Keycloak's base URL as the services reach it inside the cluster, without /realms (e.g. http://keycloak.keycloak.svc:8080)" $keycloak.url -}}
{{- if regexMatch "/realms(/|$)" $url -}}
{{- fail (printf "global.keycloak.url must be Keycloak's base URL, without /realms/...: %s" $url) -}}
{{- end -}}
{{- $realm := required "global.keycloak.realm is required (the realm of keycloak-realm/, juxta)" $keycloak.realm -}}
{{- printf "%s/realms/%s" (trimSuffix "/" $url) $realm -}}
{{- end }}

{{/*
The TCP port of a URL: its explicit port, else the scheme's (https 443, otherwise 80). For the
egress rules, which need a port where the configuration has a URL.
Argument: the URL.
*/}}
{{- define "juxta-lib.urlPort" -}}
{{- $url := urlParse . -}}
{{- $host := $url.host -}}
{{- if regexMatch ":[0-9]+$" $host -}}
{{- regexFind "[0-9]+$" $host -}}
{{- else if eq $url.scheme "https" -}}
443
{{- else -}}
80
{{- end -}}
{{- end }}
