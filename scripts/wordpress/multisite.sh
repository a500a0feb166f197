#!/usr/bin/env bash
# A second WordPress beside start.sh's, as a multisite network (sub-folders)
# for the plugin's network test: http://localhost:8181/ is the network's
# main site, http://localhost:8181/site2/ a site whose administrator is no
# super admin (so, as on the chair's institution's WordPress, has no
# unfiltered_html). Same packages, Apache and content folder as start.sh's
# site (which must be running: run start.sh first); its own database and
# Debian config file (/etc/wordpress/config-localhost.php, picked by the
# Host header). Idempotent; needs root.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
URL=http://localhost:8181
DB_NAME=wp_liveagenda_ms
DB_USER=wp_liveagenda
DB_PASS=wp_liveagenda_test   # loopback-only test database, start.sh's user
CONFIG=/etc/wordpress/config-localhost.php
SUPER_PASS='LiveAgenda-Admin-2026!'
SITE_ADMIN_PASS='LiveAgenda-SiteAdmin-2026!'

log() { echo "multisite: $*"; }
die() { echo "multisite: error: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || die "run as root"
mysqladmin --silent ping >/dev/null 2>&1 || die "MariaDB is not running: run start.sh first"

mysql <<SQL
CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$DB_USER'@'localhost';
SQL
has_table() { [ -n "$(mysql -N "$DB_NAME" -e "SHOW TABLES LIKE '$1'")" ]; }

# The config, without MULTISITE until the network's tables exist.
config() { # config <multisite: 0|1>
  local network=""
  if [ "$1" = 1 ]; then
    network="define('MULTISITE', true);
define('SUBDOMAIN_INSTALL', false);
define('DOMAIN_CURRENT_SITE', 'localhost:8181');
define('PATH_CURRENT_SITE', '/');
define('SITE_ID_CURRENT_SITE', 1);
define('BLOG_ID_CURRENT_SITE', 1);"
  fi
  local new
  new=$(cat <<PHP
<?php
// Written by live-agenda scripts/wordpress/multisite.sh (local test network).
define('DB_NAME', '$DB_NAME');
define('DB_USER', '$DB_USER');
define('DB_PASSWORD', '$DB_PASS');
define('DB_HOST', 'localhost');
define('WP_CONTENT_DIR', '/var/lib/wordpress/wp-content');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('FS_METHOD', 'direct');
define('WP_ENVIRONMENT_TYPE', 'local');
$network
PHP
)
  if [ ! -f "$CONFIG" ] || [ "$(cat "$CONFIG")" != "$new" ]; then
    printf '%s\n' "$new" > "$CONFIG"
    chgrp www-data "$CONFIG"; chmod 640 "$CONFIG"
    log "wrote $CONFIG"
  fi
}

if has_table wp_site; then config 1; else config 0; fi

if ! has_table wp_options; then
  log "installing WordPress (fr_FR) at $URL"
  curl -s --max-time 120 -o /tmp/wp-ms-install.html "$URL/wp-admin/install.php?step=2" \
    --data-urlencode "language=fr_FR" \
    --data-urlencode "weblog_title=Réseau Live Agenda — test" \
    --data-urlencode "user_name=admin" \
    --data-urlencode "admin_password=$SUPER_PASS" \
    --data-urlencode "admin_password2=$SUPER_PASS" \
    --data-urlencode "pw_weak=on" \
    --data-urlencode "admin_email=admin@example.com" \
    --data-urlencode "blog_public=0" \
    --data-urlencode "Submit=Install"
  has_table wp_options || die "install failed"
fi

WP="env WP_HOST=localhost:8181 php $HERE/wp.php"
if ! has_table wp_site; then
  log "creating the network"
  $WP network "Réseau Live Agenda — test" >/dev/null
  has_table wp_site || die "the network was not created"
  config 1
fi
$WP site site2 "Chaire — test" >/dev/null
WP_PATH=/site2/ $WP permalinks '/%postname%/' >/dev/null
$WP user siteadmin administrator "$SITE_ADMIN_PASS" siteadmin@example.com >/dev/null
$WP site-role site2 siteadmin administrator >/dev/null
echo "multisite: $URL/site2/ (siteadmin / $SITE_ADMIN_PASS; super admin admin)"
