#!/usr/bin/env bash
# ./juxta demo: one truck and one bus through both states' controls at the Zamyn-Uud - Erenhot one-stop
# border post, on the running platform (started if the gateway does not answer), every call through the
# gateway with the test realm's users' real tokens:
#
#   1. each state's OSBP coordinator configures their side: the demo's lanes towards Erenhot and each
#      state's control sequences (MNG exit: immigration, customs; CHN entry: health, immigration, customs);
#   2. a truck and a bus arrive; each agency of each state starts and decides its step in turn, except the
#      truck's MNG immigration step: MNG immigration records the driver's exit crossing in its own service,
#      naming the passage, and the OSBP relay clears the step from that service's crossing outcomes (the
#      demo waits up to JUXTA_DEMO_RELAY_WAIT seconds, default 30, since a quiet platform's relay reads only
#      every 16 s, and fails if the relay did not);
#   3. MNG immigration holds the bus on a suspect passport and sends CHN immigration a document-fraud alert
#      notice about the passage; CHN immigration acknowledges it; MNG immigration then clears the bus;
#   4. MNG health's IHR focal point assesses a cholera cluster at the post and has its cross-border alert
#      prepared; the OSBP relay delivers it from MNG health's outbox to CHN health as an URGENT HEALTH_ALERT
#      notice (waiting up to JUXTA_DEMO_RELAY_WAIT seconds too), which CHN health acknowledges;
#   5. both customs administrations inspect the truck's load once, jointly, before CHN customs clears it;
#   6. the demo prints each passage's timeline, the waiting and control times of each step, and the alert's
#      delivery state.
#
# It leaves what it made in the local databases, as a user's session would. Pauses between steps make the
# times visible; JUXTA_DEMO_PAUSE (seconds, default 1) sets them.
set -euo pipefail

JUXTA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$JUXTA_ROOT/scripts/lib/common.sh"
source "$JUXTA_ROOT/scripts/lib/keycloak.sh"

GATEWAY=http://localhost:8080
PAUSE=${JUXTA_DEMO_PAUSE:-1}
TRUCK_LANE=ZU-T1
BUS_LANE=ZU-B1

declare -A tokens
token_of() { # user
    [ -n "${tokens[$1]:-}" ] || tokens[$1]=$(keycloak_token "$1")
    echo "${tokens[$1]}"
}

# api <user> <method> <path> [json]: the answer's body; dies on an unexpected status with the problem.
api() {
    local user=$1 method=$2 path=$3 body=${4:-} answer status
    local arguments=(-sS --max-time 30 -X "$method" -H "Authorization: Bearer $(token_of "$user")"
        -H "Accept: application/json" -w '\n%{http_code}')
    if [ -n "$body" ]; then
        arguments+=(-H "Content-Type: application/json" -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)"
            --data "$body")
    fi
    answer=$(curl "${arguments[@]}" "$GATEWAY$path") || die "$method $path: the gateway does not answer"
    status=${answer##*$'\n'}
    answer=${answer%$'\n'*}
    case $status in
        2??) printf '%s' "$answer" ;;
        *) die "$method $path as $user answered $status: $(jq -r '.detail // .' <<<"$answer" 2>/dev/null || echo "$answer")" ;;
    esac
}

pause() { sleep "$PAUSE"; }

configure_side() { # coordinator state lanes-json sequences-json
    local coordinator=$1 state=$2 lanes=$3 sequences=$4 side configured
    side=$(api "$coordinator" GET /api/osbp/facility | jq --arg state "$state" '.sides[] | select(.state == $state)')
    # Lanes are never removed: keep the side's own, add or reopen the demo's.
    configured=$(jq -n --argjson side "$side" --argjson lanes "$lanes" --argjson sequences "$sequences" '{
        expectedRevision: $side.revision,
        lanes: ([$side.lanes[] | select(.code as $code | $lanes | map(.code) | index($code) | not)] + $lanes),
        controlSequences: ([$side.controlSequences[] | select(. as $s | $sequences
            | map(select(.direction == $s.direction and .trafficType == $s.trafficType)) | length == 0)] + $sequences)
    }')
    api "$coordinator" PUT /api/osbp/facility/side "$configured" >/dev/null
    ok "$state's side configured by $coordinator"
}

step_position() { # passage-json state agency
    jq -r --arg state "$2" --arg agency "$3" '.steps[] | select(.state == $state and .agency == $agency) | .position' <<<"$1"
}

# control <user> <passage-id> <state> <agency> <outcome> [reason]: the officer calls the passage forward
# to their agency's step and decides it.
control() {
    local user=$1 passage=$2 state=$3 agency=$4 outcome=$5 reason=${6:-} json position body
    json=$(api "$user" GET "/api/osbp/passages/$passage")
    position=$(step_position "$json" "$state" "$agency")
    [ -n "$position" ] || die "passage $passage has no $state $agency step"
    if [ "$(jq -r --argjson p "$position" '.steps[] | select(.position == $p) | .status' <<<"$json")" = PENDING ]; then
        api "$user" POST "/api/osbp/passages/$passage/steps/$position/start" >/dev/null
        pause
    fi
    body=$(jq -n --arg outcome "$outcome" --arg reason "$reason" \
        '{outcome: $outcome} + (if $reason == "" then {} else {reason: $reason} end)')
    api "$user" POST "/api/osbp/passages/$passage/steps/$position/outcome" "$body" >/dev/null
    info "$state $agency ($user): $outcome${reason:+ - $reason}"
    pause
}

# relayed <viewer> <passage-id> <state> <agency>: waits (up to JUXTA_DEMO_RELAY_WAIT seconds, default 30) until
# the OSBP relay has decided the passage's step from the agency's own outcome, and says so; dies if it does
# not, or if someone else decided the step.
relayed() {
    local viewer=$1 passage=$2 state=$3 agency=$4 json position step status
    local deadline=$((SECONDS + ${JUXTA_DEMO_RELAY_WAIT:-30}))
    while :; do
        json=$(api "$viewer" GET "/api/osbp/passages/$passage")
        position=$(step_position "$json" "$state" "$agency")
        [ -n "$position" ] || die "passage $passage has no $state $agency step"
        step=$(jq -c --argjson p "$position" '.steps[] | select(.position == $p)' <<<"$json")
        status=$(jq -r .status <<<"$step")
        case $status in CLEARED | HELD | REFUSED) break ;; esac
        [ "$SECONDS" -lt "$deadline" ] || die "the relay did not decide the $state $agency step of passage $passage" \
            "within ${JUXTA_DEMO_RELAY_WAIT:-30} s (it is $status): see GET /api/osbp/relay/status"
        sleep 1
    done
    case $(jq -r '.decidedBy // ""' <<<"$step") in
        *-osbp-relay*) ;;
        *) die "the $state $agency step of passage $passage was decided by $(jq -r '.decidedBy // "nobody"' <<<"$step"), not the relay" ;;
    esac
    info "$state $agency: $status by the relay - decidedBy $(jq -r .decidedBy <<<"$step"), from $agency's record $(jq -r '.reference // "-"' <<<"$step")$(jq -r 'if .reason then " - " + .reason else "" end' <<<"$step")"
    pause
}

print_timeline() { # viewer passage-id title
    local json
    json=$(api "$1" GET "/api/osbp/passages/$2")
    step "$3: timeline (as $1 sees it)"
    jq -r '.timeline[] | "    \(.at[11:19])  \(.kind)\(if .position then "  step \(.position)" else "" end)\(if .state then "  \(.state)" else "" end)\(if .by then "  by \(.by)" else "" end)"' <<<"$json"
    step "$3: waiting (ready -> called forward) and control (called forward -> decided) per step"
    jq -r '
        def seconds: sub("\\.[0-9]+"; "") | sub("Z$"; "Z") | fromdateiso8601;
        . as $p | ([$p.arrivedAt] + [$p.steps[] | .decidedAt]) as $ready
        | $p.steps[] | . as $s
        | "    \($s.position). \($s.state) \($s.agency | . + "            " | .[0:12]) \($s.status | . + "        " | .[0:8])"
          + (if $s.startedAt and $s.decidedAt then
               "  waited \(($s.startedAt | seconds) - ($ready[$s.position - 1] | seconds)) s, controlled \(($s.decidedAt | seconds) - ($s.startedAt | seconds)) s"
             elif $s.decidedAt then "  decided in the agency service, never called forward: waiting and control unknown"
             else "" end)' <<<"$json"
    jq -r '"    status \(.status)" + (if .endedAt then ", dwell \((.endedAt | sub("\\.[0-9]+"; "") | fromdateiso8601) - (.arrivedAt | sub("\\.[0-9]+"; "") | fromdateiso8601)) s from arrival to the last decision" else "" end)' <<<"$json"
}

select_jdk >/dev/null
http_ok "$GATEWAY/q/health/ready" 2>/dev/null || http_ok http://localhost:9080/q/health/ready || "$JUXTA_ROOT/juxta" up

step "The facility: each state configures its own side"
configure_side mng-osbp-coordinator MNG "$(jq -n --arg t "$TRUCK_LANE" --arg b "$BUS_LANE" '[
    {code: $t, name: "Goods vehicles to Erenhot", trafficType: "TRUCK", towards: "CHN", open: true},
    {code: $b, name: "Buses to Erenhot", trafficType: "BUS", towards: "CHN", open: true}]')" \
    '[{"direction": "EXIT", "trafficType": "TRUCK", "agencies": ["immigration", "customs"]},
      {"direction": "EXIT", "trafficType": "BUS", "agencies": ["immigration", "customs"]}]'
configure_side chn-osbp-coordinator CHN '[]' \
    '[{"direction": "ENTRY", "trafficType": "TRUCK", "agencies": ["immigration", "customs"]},
      {"direction": "ENTRY", "trafficType": "BUS", "agencies": ["health", "immigration", "customs"]}]'

step "A truck and a bus arrive at Zamyn-Uud"
truck=$(api mng-osbp-coordinator POST /api/osbp/passages "$(jq -n --arg lane "$TRUCK_LANE" '{lane: $lane,
    vehicleRegistration: "4417 UBT", persons: 1,
    travelDocument: {type: "PASSPORT", number: "E04417712", issuingState: "MNG"}}')" | jq -r .id)
info "truck 4417 UBT, passage $truck, lane $TRUCK_LANE"
bus=$(api mng-osbp-coordinator POST /api/osbp/passages "$(jq -n --arg lane "$BUS_LANE" '{lane: $lane,
    vehicleRegistration: "1208 UNB", persons: 32}')" | jq -r .id)
info "bus 1208 UNB with 32 persons, passage $bus, lane $BUS_LANE"
pause

step "Mongolia's exit controls"
# The truck's driver is not cleared by an officer on the passage: MNG immigration records the driver's exit
# crossing in its own service, naming the passage, and the OSBP relay clears the step from that service's
# crossing outcomes.
crossing=$(api mng-immigration-officer POST /api/immigration/crossings "$(jq -n --arg passage "$truck" '{
    direction: "EXIT", passageId: $passage,
    traveller: {surname: "GANBOLD", givenNames: "TEMUULEN", nationality: "MNG", dateOfBirth: "1979-03-21", sex: "M"},
    document: {type: "PASSPORT", number: "E04417712", issuingState: "MNG", expiryDate: "2032-05-14"}}')" | jq -r .id)
info "MNG immigration (mng-immigration-officer) records the truck driver's exit crossing $crossing in passage $truck"
relayed mng-osbp-coordinator "$truck" MNG immigration
control mng-immigration-officer "$bus" MNG immigration HELD "a passenger's passport shows a substituted data page"

step "A document-fraud alert to China's immigration, about the bus"
notice=$(api mng-immigration-officer POST /api/osbp/notices "$(jq -n --arg passage "$bus" '{
    type: "DOCUMENT_FRAUD_ALERT", priority: "URGENT", language: "en", passageId: $passage,
    title: "Substituted data page on a passport of bus 1208 UNB",
    text: "Passport of one passenger, issuing state MNG, shows a substituted data page (laminate lifted at the hinge). The passenger was held at exit and is handed back to MNG police. Check the other passengers documents of the same series on entry.",
    recipients: ["CHN:immigration"]}')" | jq -r .id)
info "notice $notice sent by mng-immigration-officer to CHN:immigration (URGENT)"
pause
api chn-immigration-officer GET "/api/osbp/notices/$notice" \
    | jq -r '"    CHN immigration reads: \(.title) [\(.language)]"'
api chn-immigration-officer POST "/api/osbp/notices/$notice/acknowledgement" '{}' >/dev/null
ok "acknowledged by chn-immigration-officer"
control mng-immigration-officer "$bus" MNG immigration CLEARED
control mng-customs-officer "$truck" MNG customs CLEARED
control mng-customs-officer "$bus" MNG customs CLEARED

step "A cholera cluster at Zamyn-Uud: Mongolia's IHR focal point alerts China's health agency"
# MNG health's focal point assesses the cluster with the IHR Annex 2 instrument and has the cross-border alert
# prepared; the alert lands in MNG health's outbox, and the OSBP relay delivers it as an URGENT HEALTH_ALERT
# notice to CHN health, as it reads that outbox.
assessment=$(api mng-ihr-focal-point POST /api/health/ihr/assessments "$(jq -n \
    --arg first "$(date -u -d '6 days ago' +%F)" --arg last "$(date -u -d yesterday +%F)" '{
    description: "Cluster of acute watery diarrhoea among truck drivers waiting at the post",
    disease: {name: "Cholera", code: {revision: "ICD-10", code: "A00.1"}}, cases: 12, deaths: 1,
    post: "zamyn-uud", firstOnsetDate: $first, lastOnsetDate: $last,
    answers: [
      {question: "SERIOUS_PUBLIC_HEALTH_IMPACT", answer: true, reason: "One death among twelve cases"},
      {question: "UNUSUAL_OR_UNEXPECTED", answer: false, reason: "Cholera is reported in the region each summer"},
      {question: "SIGNIFICANT_RISK_OF_INTERNATIONAL_SPREAD", answer: true, reason: "The drivers cross to Erenhot"},
      {question: "SIGNIFICANT_RISK_OF_TRAVEL_OR_TRADE_RESTRICTIONS", answer: false, reason: "No restriction is in view"}]}')" \
    | jq -r .id)
alert=$(api mng-ihr-focal-point POST "/api/health/ihr/assessments/$assessment/alert" | jq -r .id)
info "assessment $assessment by mng-ihr-focal-point; cross-border alert $alert in MNG health's outbox"
deadline=$((SECONDS + ${JUXTA_DEMO_RELAY_WAIT:-30}))
until received=$(api chn-health-officer GET "/api/osbp/notices?box=inbox&type=HEALTH_ALERT&limit=20" \
    | jq -re --arg alert "$alert" 'first(.items[] | select(.caseReference.id == $alert) | .id)'); do
    [ "$SECONDS" -lt "$deadline" ] || die "the relay did not deliver health alert $alert to CHN health within" \
        "${JUXTA_DEMO_RELAY_WAIT:-30} s: see GET /api/osbp/relay/status"
    sleep 1
done
api chn-health-officer GET "/api/osbp/notices/$received" \
    | jq -r '"    CHN health reads notice \(.id): \(.title) [\(.priority), from \(.sender), sent by \(.sentBy)]"'
api chn-health-officer POST "/api/osbp/notices/$received/acknowledgement" '{}' >/dev/null
ok "acknowledged by chn-health-officer"
pause

step "China's entry controls"
control chn-health-officer "$bus" CHN health CLEARED
control chn-immigration-officer "$truck" CHN immigration CLEARED
control chn-immigration-officer "$bus" CHN immigration CLEARED

step "One joint inspection of the truck's load by both customs administrations"
inspection=$(api chn-customs-officer POST /api/osbp/joint-inspections "$(jq -n --arg passage "$truck" \
    --arg at "$(date -u +%Y-%m-%dT%H:%M:%SZ)" '{passageId: $passage, scheduledAt: $at, place: "Inspection bay 2"}')" \
    | jq -r .id)
info "booked by chn-customs-officer: $inspection"
api mng-customs-officer PUT "/api/osbp/joint-inspections/$inspection/attendance" '{"officer": "mng-customs-officer"}' >/dev/null
api chn-customs-officer PUT "/api/osbp/joint-inspections/$inspection/attendance" '{"officer": "chn-customs-officer"}' >/dev/null
pause
api chn-customs-officer POST "/api/osbp/joint-inspections/$inspection/result" "$(jq -n \
    --arg at "$(date -u +%Y-%m-%dT%H:%M:%SZ)" '{outcome: "MATCHES_DECLARATION", seals: ["CN-ERL-0042917"], completedAt: $at}')" >/dev/null
ok "both attended; one result recorded: matches the declaration, resealed"
control chn-customs-officer "$truck" CHN customs CLEARED
control chn-customs-officer "$bus" CHN customs CLEARED

print_timeline mng-osbp-coordinator "$truck" "The truck"
print_timeline chn-osbp-coordinator "$bus" "The bus"
step "The alert (as its sender sees it)"
api mng-immigration-officer GET "/api/osbp/notices/$notice" | jq -r '.recipients[]
    | "    \(.participant): \(.deliveryState), acknowledged \(.acknowledgedAt // "-") by \(.acknowledgedBy // "-")"'
