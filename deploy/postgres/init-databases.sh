#!/usr/bin/env bash
# Creates one database and one login role per EcoCity service, each role owning only its own database:
# a service cannot read or change another service's data, which keeps the services' boundaries honest.
#
# The postgres image runs this once, from /docker-entrypoint-initdb.d/, when its data volume is empty
# (docker-compose.yml mounts it there). Later changes to the passwords need ALTER ROLE, or a new volume.
# Each password comes from the environment (ECOCITY_<SERVICE>_DB_PASSWORD); there is no default.
set -euo pipefail

for service in air water waste gateway logger; do
  var="ECOCITY_${service^^}_DB_PASSWORD"
  password="${!var:-}"
  if [[ -z "$password" ]]; then
    echo "init-databases: $var is not set; refusing to create a role without a password" >&2
    exit 1
  fi
  name="ecocity_${service}"
  # The password travels as a psql variable and is quoted by psql (:'password'), never pasted into SQL.
  # Statements read from standard input run one by one in autocommit, as CREATE DATABASE requires.
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       -v role="$name" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"role" OWNER :"role" ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE :"role" FROM PUBLIC;
SQL
  echo "init-databases: created database and role $name"
done
