#!/usr/bin/env bash
# Compose's kafka-init: creates the platform's topics and the ACLs that give each principal only what it needs, as
# the super user "admin", then exits (the services start after it succeeded). Safe to run again: topics are created
# if missing, ACLs are sets. The table of who may do what is in docs/kafka-acls.md: change both together.
#
# Principals (SASL/PLAIN users defined in the broker's JAAS line in docker-compose.yml):
#   intake        reads appeals.submitted and the events it reflects; writes appeals.received, appeals.responded,
#                 appeals.personal-data-erased
#   routing       reads appeals.received, appeals.answered; writes appeals.assigned
#   department    reads appeals.received, appeals.assigned, appeals.notified, appeals.responded;
#                 writes appeals.answered, appeals.workflow, appeals.overdue
#   notification  reads appeals.received, appeals.assigned, appeals.answered, appeals.personal-data-erased;
#                 writes appeals.notified, outbound.*
#   adapter       channel adapters: writes appeals.submitted, nothing else
#   email         the e-mail channel: reads outbound.EMAIL; writes appeals.submitted
# Every consumer also writes the dead-letter topic (<topic>.dlt) of each topic it reads, reads its own consumer
# group (= its service name) and may describe the platform's topics (Spring's KafkaAdmin checks they exist at start).
set -euo pipefail

bootstrap=${KAFKA_BOOTSTRAP:-kafka:9092}
bin=${KAFKA_BIN:-/opt/kafka/bin}
config=$(mktemp)
trap 'rm -f "$config"' EXIT
cat > "$config" <<EOF
security.protocol=SASL_PLAINTEXT
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="${ADMIN_PASSWORD:?ADMIN_PASSWORD is not set}";
EOF

echo "waiting for the broker to authenticate admin ..."
for attempt in $(seq 1 30); do
  if "$bin/kafka-topics.sh" --bootstrap-server "$bootstrap" --command-config "$config" --list > /dev/null 2>&1; then
    break
  fi
  [[ $attempt -eq 30 ]] && { echo "the broker did not accept admin's login" >&2; exit 1; }
  sleep 2
done

events=(appeals.submitted appeals.received appeals.assigned appeals.answered appeals.notified appeals.workflow
        appeals.overdue appeals.responded appeals.personal-data-erased)
topics=()
for topic in "${events[@]}"; do topics+=("$topic" "$topic.dlt"); done
# an adapter that reads its outbound.<CHANNEL> (email-channel) dead-letters what it cannot send to outbound.<CHANNEL>.dlt
for channel in VK OK TELEGRAM POS EMAIL WEB; do topics+=("outbound.$channel" "outbound.$channel.dlt"); done
for topic in "${topics[@]}"; do
  "$bin/kafka-topics.sh" --bootstrap-server "$bootstrap" --command-config "$config" --create --if-not-exists \
    --topic "$topic" --partitions 3 --replication-factor 1 > /dev/null
done
echo "topics: ${topics[*]}"

acl() {
  "$bin/kafka-acls.sh" --bootstrap-server "$bootstrap" --command-config "$config" --add "$@" > /dev/null
}

# <principal> <group> "<topics read>" "<topics written>"
service() {
  local principal=$1 group=$2 reads=($3) writes=($4)
  local read_args=() write_args=()
  for topic in "${reads[@]}"; do read_args+=(--topic "$topic"); write_args+=(--topic "$topic.dlt"); done
  for topic in "${writes[@]}"; do write_args+=(--topic "$topic"); done
  acl --allow-principal "User:$principal" --operation Read --operation Describe "${read_args[@]}"
  acl --allow-principal "User:$principal" --operation Write --operation Describe "${write_args[@]}"
  acl --allow-principal "User:$principal" --operation Read --group "$group"
  acl --allow-principal "User:$principal" --operation Describe --resource-pattern-type prefixed --topic appeals.
  acl --allow-principal "User:$principal" --operation Describe --resource-pattern-type prefixed --topic outbound.
  echo "ACLs of $principal: reads ${reads[*]}; writes ${writes[*]} and the dead-letter topics; group $group"
}

service intake intake-service \
  "appeals.submitted appeals.assigned appeals.answered appeals.notified appeals.workflow appeals.overdue" \
  "appeals.received appeals.responded appeals.personal-data-erased"
service routing routing-service "appeals.received appeals.answered" "appeals.assigned"
service department department-service \
  "appeals.received appeals.assigned appeals.notified appeals.responded" \
  "appeals.answered appeals.workflow appeals.overdue"
service notification notification-service \
  "appeals.received appeals.assigned appeals.answered appeals.personal-data-erased" "appeals.notified"
acl --allow-principal User:notification --operation Write --operation Describe --resource-pattern-type prefixed \
  --topic outbound.

# channel adapters: one topic, write only (an idempotent producer needs no more since Kafka 3.0)
acl --allow-principal User:adapter --operation Write --operation Describe --topic appeals.submitted
echo "ACLs of adapter: writes appeals.submitted only"

# the e-mail channel relays replies too: it reads outbound.EMAIL as email-channel (its dead letters to
# outbound.EMAIL.dlt) and writes the residents' mails to appeals.submitted
service email email-channel "outbound.EMAIL" "appeals.submitted"
