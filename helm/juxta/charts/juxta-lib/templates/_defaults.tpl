{{/*
The defaults of every service's values. A service's subchart sets only what is its own (image,
component, its database...) and may override any of these; the umbrella's values.schema.json
describes them all.
*/}}
{{- define "juxta-lib.defaults" -}}
# Stateless services: run several, scale horizontally. Ignored while autoscaling is enabled.
replicaCount: 2
# app.kubernetes.io/component of the service's objects.
component: api
image:
  repository: ""
  # Empty: the chart's appVersion. Never "latest" (refused).
  tag: ""
  # sha256:..., which wins over the tag when set.
  digest: ""
  pullPolicy: IfNotPresent
imagePullSecrets: []
# Appended to the JVM's options by the Quarkus images' run-java.sh, as measured in docs/benchmarks.md:
# a heap that leaves room for metaspace, code and buffers under the 256Mi limit, metaspace up to 128 MB
# (the OSBP service ran out of 100 MB under load), C1 only (C2's arenas and code cost ~50 MB for no
# measurable gain), and a crash (hence a restart) instead of a JVM limping
# on after an OutOfMemoryError. The same as ./juxta up. An immigration service screening a large list
# is the exception: a larger heap and C2 (charts/immigration/values.yaml, docs/operations.md).
javaOpts: "-Xms48m -Xmx80m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=40m -XX:+UseSerialGC -XX:+UseCompactObjectHeaders -XX:TieredStopAtLevel=1 -Xss512k -XX:+ExitOnOutOfMemoryError"
# Each service must stay under 256 MB. No CPU limit by default: throttling a JVM at startup slows
# it for no one's benefit; set limits.cpu where a quota asks for one.
resources:
  requests:
    cpu: 100m
    memory: 192Mi
  limits:
    memory: 256Mi
# The Quarkus JVM images run as the user and group 185 (jboss/default).
securityContext:
  runAsUser: 185
  runAsGroup: 185
  fsGroup: 185
# Extra non-secret configuration, as environment variables in the service's ConfigMap
# (e.g. QUARKUS_LOG_LEVEL: DEBUG). Names that look like secrets are refused: use secretEnv.
config: {}
# Extra secrets, by reference only: [{name: ENV_NAME, secretName: existing-secret, key: key}].
secretEnv: []
podAnnotations: {}
podLabels: {}
nodeSelector: {}
tolerations: []
affinity: {}
# Spread the replicas over nodes when the scheduler can; never blocks scheduling on a small cluster.
topologySpread:
  enabled: true
  topologyKey: kubernetes.io/hostname
  maxSkew: 1
  whenUnsatisfiable: ScheduleAnyway
# Where uploads wait for the background job that reads them (JUXTA_JOBS_STAGING_DIRECTORY). An
# emptyDir survives a container's restart, so a killed service resumes its imports on the same pod; a
# ReadWriteMany claim (existingClaim) lets any replica take them over.
staging:
  enabled: false
  sizeLimit: 2Gi
  existingClaim: ""
# Keeps one pod serving through node drains; rendered only when more than one replica runs (with one
# replica it would block every drain).
podDisruptionBudget:
  enabled: true
  minAvailable: 1
autoscaling:
  enabled: false
  minReplicas: 2
  maxReplicas: 6
  targetCPUUtilizationPercentage: 75
# The migration Job of a service with a database (helm hook, before install and upgrade).
migrations:
  # A Helm hook (pre-install, pre-upgrade): Helm runs it to completion before anything else. False
  # renders it as a plain Job, for tools that apply `helm template` output themselves.
  helmHook: true
  backoffLimit: 2
  # A migration that takes longer is stopped, and the upgrade fails before any pod is replaced.
  activeDeadlineSeconds: 900
probes:
  # A first start loads what the service needs before it listens: give a slow one 5 minutes.
  startup:
    periodSeconds: 5
    failureThreshold: 60
  liveness:
    periodSeconds: 10
    timeoutSeconds: 3
    failureThreshold: 3
  readiness:
    periodSeconds: 5
    timeoutSeconds: 3
    failureThreshold: 3
terminationGracePeriodSeconds: 30
# The gateway only (backends admit the gateway and nothing else): who may reach port 8080, as
# NetworkPolicy peers. Empty: anyone, as befits the public entry point behind an ingress controller.
networkPolicy:
  httpFrom: []
  # A backend only: the services of the release, by subchart name, whose pods it admits on its API port
  # besides the gateway's (the agencies' services admit the OSBP's relay, which reads their feeds).
  apiFromServices: []
{{- end }}
