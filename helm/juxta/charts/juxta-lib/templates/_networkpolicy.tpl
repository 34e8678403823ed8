{{/*
The network model (see helm/README.md):
- a backend service (every service but the gateway) admits its API port 8080 from the gateway's pods
  of the same release, and from nothing else: not from other services (except those named in its
  networkPolicy.apiFromServices: the agencies' services admit the OSBP's relay, which reads their
  feeds), not from other namespaces;
- the gateway admits port 8080 from anywhere by default (it is the public entry point, behind an
  ingress controller), or only from the peers in gateway.networkPolicy.httpFrom;
- the management port 9000 (health, metrics) admits only the peers of global.monitoring.from, and
  nobody when that is empty (kubelet probes come from the node, which NetworkPolicy does not filter);
- egress is left open unless global.networkPolicy.egress.enabled: clusters differ in where DNS,
  Keycloak and PostgreSQL live. When enabled, a service may reach DNS, Keycloak, the tracing
  collector if any, and what it declares itself (the gateway: the services it routes to; a backend:
  its database).
*/}}
{{- define "juxta-lib.networkPolicy" -}}
{{- $global := .global -}}
{{- $networkPolicy := $global.networkPolicy | default dict -}}
{{- if $networkPolicy.enabled }}
{{- $egress := $networkPolicy.egress | default dict }}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "juxta-lib.fullname" . }}
  labels:
    {{- include "juxta-lib.labels" . | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "juxta-lib.selectorLabels" . | nindent 6 }}
  policyTypes:
    - Ingress
    {{- if $egress.enabled }}
    - Egress
    {{- end }}
  ingress:
    - ports:
        - port: {{ include "juxta-lib.httpPort" . }}
          protocol: TCP
      {{- if .public }}
      {{- with .values.networkPolicy.httpFrom }}
      from:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- else }}
      from:
        - podSelector:
            matchLabels:
              {{- include "juxta-lib.selectorLabelsOf" (dict "ctx" .ctx "service" (include "juxta-lib.gatewayName" .)) | nindent 14 }}
        {{- range (.values.networkPolicy.apiFromServices | default list) }}
        - podSelector:
            matchLabels:
              {{- include "juxta-lib.selectorLabelsOf" (dict "ctx" $.ctx "service" .) | nindent 14 }}
        {{- end }}
      {{- end }}
    {{- with ($global.monitoring | default dict).from }}
    - ports:
        - port: {{ include "juxta-lib.managementPort" $ }}
          protocol: TCP
      from:
        {{- toYaml . | nindent 8 }}
    {{- end }}
  {{- if $egress.enabled }}
  egress:
    # Name resolution.
    - ports:
        - port: 53
          protocol: UDP
        - port: 53
          protocol: TCP
      {{- with $egress.dns }}
      to:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    # Keycloak: the realm's keys, for verifying tokens (no peers given: any address on its port).
    - ports:
        - port: {{ include "juxta-lib.urlPort" (include "juxta-lib.oidcAuthServerUrl" .) }}
          protocol: TCP
      {{- with $global.keycloak.egressTo }}
      to:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    {{- with $global.tracing.otlpEndpoint }}
    # The OpenTelemetry collector.
    - ports:
        - port: {{ include "juxta-lib.urlPort" . }}
          protocol: TCP
      {{- with $global.tracing.egressTo }}
      to:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    {{- end }}
    {{- with .egress }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  {{- end }}
{{- end }}
{{- end }}
