#!/usr/bin/env bash
# Installs (if missing) and starts PostgreSQL 15 with PostGIS 3 and pgRouting, then creates the
# test role and database the PostGIS-tagged tests connect to. Safe to run again: every step
# checks first. Needs root (or sudo) for apt-get and for acting as the postgres superuser.
#
# Environment (defaults match the tests):
#   LIFECIRCLE_PG_ROLE      login role      (lifecircle)
#   LIFECIRCLE_PG_PASSWORD  its password    (lifecircle)
#   LIFECIRCLE_PG_DATABASE  test database   (lifecircle_test)
#   LIFECIRCLE_PG_TEMPLATE  template of the fault tests' throwaway databases (lifecircle_template)
set -euo pipefail

role=${LIFECIRCLE_PG_ROLE:-lifecircle}
password=${LIFECIRCLE_PG_PASSWORD:-lifecircle}
database=${LIFECIRCLE_PG_DATABASE:-lifecircle_test}
template=${LIFECIRCLE_PG_TEMPLATE:-lifecircle_template}
packages=(postgresql-15 postgresql-15-postgis-3 postgresql-15-pgrouting)

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi
}

psql_super() {
  as_postgres "psql -v ON_ERROR_STOP=1 -qtA -d '$1' -c \"$2\""
}

install_packages() {
  local missing=()
  for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]}"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  fi
}

start_cluster() {
  # A plain start on a running cluster exits 2, so start only when it is not online.
  if ! pg_lsclusters --no-header | awk '$1 == "15" && $2 == "main" && $4 ~ /^online/' | grep -q .; then
    echo "starting cluster 15/main"
    as_root pg_ctlcluster 15 main start
  fi
  for _ in $(seq 1 60); do
    if pg_isready -q -h localhost; then
      return 0
    fi
    sleep 1
  done
  echo "PostgreSQL did not become ready on localhost within 60 s" >&2
  exit 1
}

create_role_and_database() {
  if [ -z "$(psql_super postgres "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" ]; then
    echo "creating role $role"
    psql_super postgres "CREATE ROLE $role LOGIN PASSWORD '$password'"
  fi
  if [ -z "$(psql_super postgres "SELECT 1 FROM pg_database WHERE datname = '$database'")" ]; then
    echo "creating database $database"
    psql_super postgres "CREATE DATABASE $database OWNER $role"
  fi
  # Extensions need the superuser; IF NOT EXISTS keeps this idempotent.
  psql_super "$database" "SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS postgis"
  psql_super "$database" "SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS pgrouting"
  # The fault tests make throwaway databases (one that refuses connections, as ALTER DATABASE ...
  # ALLOW_CONNECTIONS false does): the role may create databases, from a template with PostGIS.
  psql_super postgres "ALTER ROLE $role CREATEDB"
  if [ -z "$(psql_super postgres "SELECT 1 FROM pg_database WHERE datname = '$template'")" ]; then
    echo "creating template database $template"
    psql_super postgres "CREATE DATABASE $template OWNER $role"
    psql_super "$template" "SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS postgis"
    psql_super postgres "ALTER DATABASE $template IS_TEMPLATE true"
  fi
}

install_packages
start_cluster
create_role_and_database
echo "PostgreSQL ready: jdbc:postgresql://localhost:5432/$database (user $role)"
