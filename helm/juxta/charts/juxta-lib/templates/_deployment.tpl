{{/*
The service's Deployment: stateless Quarkus JVM pods, hardened, probed on the management port.
*/}}
{{- define "juxta-lib.deployment" -}}
{{- $values := .values -}}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "juxta-lib.fullname" . }}
  labels:
    {{- include "juxta-lib.labels" . | nindent 4 }}
spec:
  {{- if not $values.autoscaling.enabled }}
  replicas: {{ $values.replicaCount }}
  {{- end }}
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      {{- include "juxta-lib.selectorLabels" . | nindent 6 }}
  # One new pod at a time, none removed before its replacement is ready: capacity never drops.
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 1
      maxUnavailable: 0
  template:
    metadata:
      labels:
        {{- include "juxta-lib.labels" . | nindent 8 }}
        {{- with $values.podLabels }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      annotations:
        # Environment variables are read once at start: a configuration change must roll the pods.
        checksum/config: {{ include "juxta-lib.configMap" . | sha256sum }}
        # Metrics are served on the management port only, which the public network never reaches.
        prometheus.io/scrape: "true"
        prometheus.io/port: {{ include "juxta-lib.managementPort" . | quote }}
        prometheus.io/path: /q/metrics
        {{- with $values.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      serviceAccountName: {{ include "juxta-lib.fullname" . }}
      # The services never call the Kubernetes API.
      automountServiceAccountToken: false
      # No <SERVICE>_PORT_… variables: with a release named juxta they would read as juxta.gateway.*
      # configuration, and the services find each other by DNS anyway.
      enableServiceLinks: false
      terminationGracePeriodSeconds: {{ $values.terminationGracePeriodSeconds }}
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
        - name: {{ .ctx.Chart.Name }}
          image: {{ include "juxta-lib.image" . | quote }}
          imagePullPolicy: {{ $values.image.pullPolicy }}
          ports:
            - name: http
              containerPort: {{ include "juxta-lib.httpPort" . }}
              protocol: TCP
            - name: management
              containerPort: {{ include "juxta-lib.managementPort" . }}
              protocol: TCP
          envFrom:
            - configMapRef:
                name: {{ include "juxta-lib.fullname" . }}
          env:
            - name: JAVA_OPTS_APPEND
              value: {{ $values.javaOpts | quote }}
            # glibc's per-thread malloc arenas would add tens of MB of resident memory.
            - name: MALLOC_ARENA_MAX
              value: "2"
            {{- with .env }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
            {{- range $values.secretEnv }}
            - name: {{ required "secretEnv[].name is required" .name }}
              valueFrom:
                secretKeyRef:
                  name: {{ required "secretEnv[].secretName is required" .secretName | quote }}
                  key: {{ required "secretEnv[].key is required" .key | quote }}
            {{- end }}
          # Health is served by the management interface (port 9000), never on the public port.
          # started: the application has booted (indexes warmed up); until then liveness is not asked.
          startupProbe:
            httpGet:
              path: /q/health/started
              port: management
            periodSeconds: {{ $values.probes.startup.periodSeconds }}
            failureThreshold: {{ $values.probes.startup.failureThreshold }}
          livenessProbe:
            httpGet:
              path: /q/health/live
              port: management
            periodSeconds: {{ $values.probes.liveness.periodSeconds }}
            timeoutSeconds: {{ $values.probes.liveness.timeoutSeconds }}
            failureThreshold: {{ $values.probes.liveness.failureThreshold }}
          # ready: the service can serve (its database answers; immigration has loaded the person indexes
          # of its warm-up states, which may take minutes); an unready pod gets no traffic but is not
          # restarted.
          readinessProbe:
            httpGet:
              path: /q/health/ready
              port: management
            periodSeconds: {{ $values.probes.readiness.periodSeconds }}
            timeoutSeconds: {{ $values.probes.readiness.timeoutSeconds }}
            failureThreshold: {{ $values.probes.readiness.failureThreshold }}
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
            # The only writable places: Vert.x's file cache, and uploads waiting for their job.
            - name: tmp
              mountPath: /tmp
            {{- if $values.staging.enabled }}
            - name: staging
              mountPath: /var/lib/juxta/staging
            {{- end }}
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: 64Mi
        {{- if $values.staging.enabled }}
        - name: staging
          {{- if $values.staging.existingClaim }}
          persistentVolumeClaim:
            claimName: {{ $values.staging.existingClaim | quote }}
          {{- else }}
          emptyDir:
            sizeLimit: {{ $values.staging.sizeLimit }}
          {{- end }}
        {{- end }}
      {{- if $values.topologySpread.enabled }}
      topologySpreadConstraints:
        - maxSkew: {{ $values.topologySpread.maxSkew }}
          topologyKey: {{ $values.topologySpread.topologyKey }}
          whenUnsatisfiable: {{ $values.topologySpread.whenUnsatisfiable }}
          labelSelector:
            matchLabels:
              {{- include "juxta-lib.selectorLabels" . | nindent 14 }}
      {{- end }}
      {{- with $values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $values.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
{{- end }}
