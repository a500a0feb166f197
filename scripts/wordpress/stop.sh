#!/usr/bin/env bash
# Stops what scripts/wordpress/start.sh started: Apache, then MariaDB.
# Idempotent: never fails when they are not running (or not installed).
# Leaves packages, configuration and the database in place for the next start.
set -u

log() { echo "wordpress: $*"; }

if pidof apache2 >/dev/null 2>&1; then
  log "stopping Apache"
  service apache2 stop >/dev/null 2>&1 || apache2ctl -k stop >/dev/null 2>&1 || true
  for _ in $(seq 40); do pidof apache2 >/dev/null 2>&1 || break; sleep 0.25; done
fi

if mysqladmin --silent ping >/dev/null 2>&1; then
  log "stopping MariaDB"
  service mariadb stop >/dev/null 2>&1 || mysqladmin shutdown >/dev/null 2>&1 || true
  for _ in $(seq 60); do pidof mariadbd mysqld >/dev/null 2>&1 || break; sleep 0.5; done
fi

pidof apache2 >/dev/null 2>&1 && log "warning: apache2 still running"
pidof mariadbd mysqld >/dev/null 2>&1 && log "warning: MariaDB still running"
log "stopped"
exit 0
