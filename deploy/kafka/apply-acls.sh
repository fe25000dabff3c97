#!/usr/bin/env bash
# Creates the suite's SCRAM-SHA-512 users and grants the ACLs of acls.csv (beside this script) on a Kafka cluster,
# with the kafka-configs.sh and kafka-acls.sh tools of a Kafka distribution. Idempotent: an existing user gets the
# password given again, an existing ACL is left as it is. ACLs that are no longer in the file are not removed
# (list them with kafka-acls.sh --list and remove them by hand).
#
# Environment:
#   KAFKA_HOME                 the Kafka distribution whose bin/ holds the tools (required; /opt/kafka in the
#                              apache/kafka image)
#   ECOCITY_KAFKA_BOOTSTRAP    the cluster's bootstrap servers (required)
#   ECOCITY_KAFKA_ADMIN_CONFIG a client properties file that logs in as a user allowed to alter users and ACLs
#                              (a super user); or, instead of it, the three below
#   ECOCITY_KAFKA_ADMIN_SECURITY_PROTOCOL  SASL_PLAINTEXT or SASL_SSL (default SASL_SSL)
#   ECOCITY_KAFKA_ADMIN_MECHANISM          PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512 (default SCRAM-SHA-512)
#   ECOCITY_KAFKA_ADMIN_JAAS               the admin's sasl.jaas.config
#   ECOCITY_KAFKA_SCRAM_<PRINCIPAL>        the password of each principal of the file, the name upper-cased with
#                              '-' as '_' (ECOCITY_KAFKA_SCRAM_AIR_SERVICE for air-service); required for every
#                              principal unless ECOCITY_KAFKA_SKIP_USERS=true (users managed elsewhere)
#   ECOCITY_KAFKA_ACLS         the ACL file (default: acls.csv beside this script)
#   ECOCITY_KAFKA_DRY_RUN=true prints what it would run (passwords masked) and runs nothing
#
# Passwords may hold letters, digits and - _ . ~ only: kafka-configs.sh splits its value on ',' '=' '[' ']'.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
acls="${ECOCITY_KAFKA_ACLS:-$here/acls.csv}"
dry_run="${ECOCITY_KAFKA_DRY_RUN:-false}"

fail() {
  echo "apply-acls: $*" >&2
  exit 1
}

[[ -r "$acls" ]] || fail "cannot read the ACL file $acls"
bootstrap="${ECOCITY_KAFKA_BOOTSTRAP:-}"
[[ -n "$bootstrap" ]] || fail "set ECOCITY_KAFKA_BOOTSTRAP to the cluster's bootstrap servers"
if [[ "$dry_run" != true ]]; then
  [[ -n "${KAFKA_HOME:-}" && -x "$KAFKA_HOME/bin/kafka-acls.sh" && -x "$KAFKA_HOME/bin/kafka-configs.sh" ]] \
    || fail "set KAFKA_HOME to a Kafka distribution (with bin/kafka-acls.sh and bin/kafka-configs.sh)"
fi

admin_config="${ECOCITY_KAFKA_ADMIN_CONFIG:-}"
if [[ -z "$admin_config" ]]; then
  [[ -n "${ECOCITY_KAFKA_ADMIN_JAAS:-}" ]] || fail "set ECOCITY_KAFKA_ADMIN_CONFIG or ECOCITY_KAFKA_ADMIN_JAAS"
  admin_config="$(mktemp)"
  trap 'rm -f "$admin_config"' EXIT
  chmod 600 "$admin_config"
  {
    echo "security.protocol=${ECOCITY_KAFKA_ADMIN_SECURITY_PROTOCOL:-SASL_SSL}"
    echo "sasl.mechanism=${ECOCITY_KAFKA_ADMIN_MECHANISM:-SCRAM-SHA-512}"
    echo "sasl.jaas.config=${ECOCITY_KAFKA_ADMIN_JAAS}"
  } > "$admin_config"
fi
[[ -r "$admin_config" ]] || fail "cannot read the admin client properties $admin_config"

run() {
  local shown=("$@")
  if [[ "$dry_run" == true ]]; then
    # mask the password of a SCRAM credential
    echo "${shown[*]}" | sed -E 's/password=[^],]*/password=****/'
  else
    "$@" >/dev/null
  fi
}

tool() {
  echo "${KAFKA_HOME:-/opt/kafka}/bin/$1"
}

# principal,operation,resource_type,pattern_type,resource_name
rows=()
principals=()
line_number=0
while IFS= read -r line || [[ -n "$line" ]]; do
  line_number=$((line_number + 1))
  line="${line%$'\r'}"
  [[ -z "${line//[[:space:]]/}" || "$line" =~ ^[[:space:]]*# ]] && continue
  IFS=, read -r principal operation type pattern name extra <<< "$line"
  [[ -z "${extra:-}" && -n "$principal" && -n "$operation" && -n "$type" && -n "$pattern" && -n "$name" ]] \
    || fail "$acls:$line_number: not principal,operation,resource_type,pattern_type,resource_name: $line"
  [[ "$principal" =~ ^[a-z0-9-]+$ ]] || fail "$acls:$line_number: principal '$principal' is not a plain user name"
  case "${operation,,}" in read | write | create | describe) ;; *) fail "$acls:$line_number: operation $operation" ;; esac
  case "${type,,}" in topic | group) ;; *) fail "$acls:$line_number: resource type $type" ;; esac
  case "${pattern,,}" in literal | prefixed) ;; *) fail "$acls:$line_number: pattern type $pattern" ;; esac
  rows+=("$principal,$operation,${type,,},${pattern,,},$name")
  [[ " ${principals[*]} " == *" $principal "* ]] || principals+=("$principal")
done < "$acls"
(( ${#rows[@]} > 0 )) || fail "$acls holds no ACL"

if [[ "${ECOCITY_KAFKA_SKIP_USERS:-false}" != true ]]; then
  for principal in "${principals[@]}"; do
    variable="ECOCITY_KAFKA_SCRAM_$(echo "$principal" | tr 'a-z-' 'A-Z_')"
    password="${!variable:-}"
    [[ -n "$password" ]] || fail "set $variable, the password of the Kafka user $principal"
    [[ "$password" =~ ^[A-Za-z0-9._~-]+$ ]] || fail "$variable holds a character other than letters, digits and - _ . ~"
    run "$(tool kafka-configs.sh)" --bootstrap-server "$bootstrap" --command-config "$admin_config" \
      --alter --entity-type users --entity-name "$principal" \
      --add-config "SCRAM-SHA-512=[iterations=8192,password=$password]"
  done
  echo "apply-acls: ${#principals[@]} SCRAM-SHA-512 users set: ${principals[*]}"
fi

for row in "${rows[@]}"; do
  IFS=, read -r principal operation type pattern name <<< "$row"
  run "$(tool kafka-acls.sh)" --bootstrap-server "$bootstrap" --command-config "$admin_config" \
    --add --allow-principal "User:$principal" --operation "$operation" \
    "--$type" "$name" --resource-pattern-type "$pattern"
done
echo "apply-acls: ${#rows[@]} ACLs of $acls granted"
