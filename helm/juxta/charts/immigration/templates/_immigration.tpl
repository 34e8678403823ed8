{{/*
What is immigration's own, beside its database (juxta-lib.database.*): the states whose person
indexes it loads at start and the heap it counts a person needs.
*/}}
{{- define "immigration.config" -}}
{{- with .Values.screening.warmUpStates }}
JUXTA_SCREENING_WARM_UP_STATES: {{ join "," . | quote }}
{{- end }}
{{- with .Values.screening.heapPerPerson }}
JUXTA_SCREENING_HEAP_PER_PERSON: {{ . | quote }}
{{- end }}
{{- end }}
