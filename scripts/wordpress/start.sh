#!/usr/bin/env bash
# Local, loopback-only WordPress (Debian 12 packages) for testing the widget's
# "Embed in WordPress" path: http://127.0.0.1:8181/ in French.
# Idempotent: a second run only checks and (re)starts what is needed.
# Needs root. Stop with scripts/wordpress/stop.sh.
set -euo pipefail

T0=$(date +%s%N)
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

ADDR=127.0.0.1
PORT=8181
URL="http://$ADDR:$PORT"
DB_NAME=wp_liveagenda
DB_USER=wp_liveagenda
DB_PASS=wp_liveagenda_test   # loopback-only test database
ADMIN_USER=admin
ADMIN_PASS='LiveAgenda-Admin-2026!'
ADMIN_EMAIL=admin@example.com
EDITOR_USER=editor
EDITOR_PASS='LiveAgenda-Editor-2026!'
EDITOR_EMAIL=editor@example.com

log() { echo "wordpress: $*"; }
die() { echo "wordpress: error: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || die "run as root"

# Write a file only when its content changes; return 0 when it changed.
CHANGED=0
put() { # put <path> <<content
  local new; new=$(cat)
  if [ -f "$1" ] && [ "$(cat "$1")" = "$new" ]; then return 1; fi
  printf '%s\n' "$new" > "$1"; CHANGED=1; log "wrote $1"
}

# --- 1. packages (apt-get update only when something is missing) -----------
PKGS=(wordpress wordpress-l10n wordpress-theme-twentytwentythree
      wordpress-theme-twentytwentytwo wordpress-theme-twentytwentyone
      mariadb-server apache2 libapache2-mod-php php-mysql php-cli curl)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${PKGS[@]}" >/dev/null
fi

# --- 2. MariaDB (CI machines start no services: do it ourselves) ----------
db_up() { mysqladmin --silent ping >/dev/null 2>&1; }
if ! db_up; then
  log "starting MariaDB"
  if [ -x /etc/init.d/mariadb ]; then service mariadb start >/dev/null
  else (mysqld_safe >/dev/null 2>&1 &); fi
  for _ in $(seq 60); do db_up && break; sleep 0.5; done
  db_up || die "MariaDB does not answer"
fi
# root logs in through the unix socket (Debian's default), no password needed.
mysql <<SQL
CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASS';
GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$DB_USER'@'localhost';
SQL

# --- 3. WordPress config ---------------------------------------------------
# Debian's wp-config.php strips the port from the Host header and loads
# /etc/wordpress/config-<host>.php: Host "127.0.0.1:8181" -> config-127.0.0.1.php.
put /etc/wordpress/config-$ADDR.php <<PHP || true
<?php
// Written by live-agenda scripts/wordpress/start.sh (local test site).
define('DB_NAME', '$DB_NAME');
define('DB_USER', '$DB_USER');
define('DB_PASSWORD', '$DB_PASS');
define('DB_HOST', 'localhost');
define('WP_CONTENT_DIR', '/var/lib/wordpress/wp-content');
define('WP_HOME', '$URL');
define('WP_SITEURL', '$URL');
// No internet here: WordPress must not try (updates, translations, oEmbed...).
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
// wp-admin's Upload Plugin writes with PHP's own file functions, as on a host
// whose files belong to the web server: Debian's WordPress files belong to
// root, so WordPress would otherwise ask for FTP credentials.
define('FS_METHOD', 'direct');
// A local site: WordPress then offers application passwords without HTTPS
// (the REST API's way for scripts; the plugin's suite uses one).
define('WP_ENVIRONMENT_TYPE', 'local');
PHP
chgrp www-data /etc/wordpress/config-$ADDR.php
chmod 640 /etc/wordpress/config-$ADDR.php   # holds the DB password

# --- 4. Apache: loopback only, port 8181 -----------------------------------
CHANGED=0
# Replace Debian's "Listen 80" (and 443): nothing may listen on 0.0.0.0.
put /etc/apache2/ports.conf <<CONF || true
# Written by live-agenda scripts/wordpress/start.sh: loopback only.
Listen $ADDR:$PORT
CONF
put /etc/apache2/conf-available/live-agenda-servername.conf <<CONF || true
# Silences "Could not reliably determine the server's fully qualified domain name".
ServerName $ADDR
CONF
# Debian's WordPress layout (see /usr/share/doc/wordpress/examples/apache.conf).
# The rewrite rules WordPress would put in .htaccess live here instead:
# /usr/share/wordpress is not writable by www-data.
put /etc/apache2/sites-available/live-agenda-wordpress.conf <<CONF || true
# Written by live-agenda scripts/wordpress/start.sh.
<VirtualHost $ADDR:$PORT>
    ServerName $ADDR
    DocumentRoot /usr/share/wordpress
    Alias /wp-content /var/lib/wordpress/wp-content
    <Directory /usr/share/wordpress>
        Options FollowSymLinks
        AllowOverride Limit Options FileInfo
        DirectoryIndex index.php
        Require all granted
        RewriteEngine On
        RewriteBase /
        # The multisite test network (multisite.sh) answers as localhost:
        # its sites live in sub-folders (/site2/), whose wp-admin,
        # wp-content, wp-includes and .php files are the main ones.
        RewriteCond %{HTTP_HOST} ^localhost(:[0-9]+)?\$
        RewriteRule ^([_0-9a-zA-Z-]+/)?wp-admin\$ \$1wp-admin/ [R=301,L]
        RewriteCond %{HTTP_HOST} ^localhost(:[0-9]+)?\$
        RewriteCond %{REQUEST_FILENAME} !-f
        RewriteRule ^[_0-9a-zA-Z-]+/(wp-(content|admin|includes).*) \$1 [L]
        RewriteCond %{HTTP_HOST} ^localhost(:[0-9]+)?\$
        RewriteCond %{REQUEST_FILENAME} !-f
        RewriteRule ^[_0-9a-zA-Z-]+/(.*\.php)\$ \$1 [L]
        RewriteRule ^index\.php$ - [L]
        RewriteCond %{REQUEST_FILENAME} !-f
        RewriteCond %{REQUEST_FILENAME} !-d
        RewriteRule . /index.php [L]
    </Directory>
    <Directory /var/lib/wordpress/wp-content>
        Options FollowSymLinks
        Require all granted
    </Directory>
    ErrorLog \${APACHE_LOG_DIR}/live-agenda-wordpress-error.log
    CustomLog \${APACHE_LOG_DIR}/live-agenda-wordpress-access.log combined
    # Which handler answered each request (%R): PHP's, or none for a static
    # file. The WordPress suite reads it to show that a phone's poll of a
    # programme's static file never starts PHP.
    LogFormat "%>s %>R %r" live_agenda_handler
    CustomLog \${APACHE_LOG_DIR}/live-agenda-wordpress-handler.log live_agenda_handler
</VirtualHost>
CONF
# Debian's default site is a <VirtualHost *:80>: off.
if [ -e /etc/apache2/sites-enabled/000-default.conf ]; then a2dissite -q 000-default; CHANGED=1; fi
if [ ! -e /etc/apache2/sites-enabled/live-agenda-wordpress.conf ]; then a2ensite -q live-agenda-wordpress; CHANGED=1; fi
if [ ! -e /etc/apache2/conf-enabled/live-agenda-servername.conf ]; then a2enconf -q live-agenda-servername; CHANGED=1; fi
if [ ! -e /etc/apache2/mods-enabled/rewrite.load ]; then a2enmod -q rewrite; CHANGED=1; fi
apache2ctl configtest 2>/dev/null || { apache2ctl configtest; die "bad Apache config"; }

web_up() { [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$URL/wp-login.php")" != 000 ]; }
if pidof apache2 >/dev/null; then
  if [ "$CHANGED" = 1 ]; then log "restarting Apache"; service apache2 restart >/dev/null; fi
else
  log "starting Apache"
  service apache2 start >/dev/null
fi
for _ in $(seq 40); do web_up && break; sleep 0.25; done
web_up || die "Apache does not answer on $URL"

# --- 5. install WordPress (French) through its own install form -----------
installed() {
  [ -n "$(mysql -N "$DB_NAME" -e "SHOW TABLES LIKE 'wp_options'")" ] &&
  [ -n "$(mysql -N "$DB_NAME" -e "SELECT 1 FROM wp_options WHERE option_name='siteurl'")" ]
}
if ! installed; then
  log "installing WordPress (fr_FR)"
  curl -s --max-time 120 -o /tmp/wp-install.html "$URL/wp-admin/install.php?step=2" \
    --data-urlencode "language=fr_FR" \
    --data-urlencode "weblog_title=Live Agenda — test" \
    --data-urlencode "user_name=$ADMIN_USER" \
    --data-urlencode "admin_password=$ADMIN_PASS" \
    --data-urlencode "admin_password2=$ADMIN_PASS" \
    --data-urlencode "pw_weak=on" \
    --data-urlencode "admin_email=$ADMIN_EMAIL" \
    --data-urlencode "blog_public=0" \
    --data-urlencode "Submit=Install"
  installed || { sed 's/<[^>]*>//g' /tmp/wp-install.html | grep -v '^\s*$' | head -20 >&2; die "install failed"; }
fi

# --- 6. site settings and users (through PHP: there is no wp-cli) ----------
WP="php $HERE/wp.php"
# Pretty permalinks (/<slug>/); mod_rewrite and the rules are in the site above.
$WP permalinks '/%postname%/' >/dev/null
$WP user "$EDITOR_USER" editor "$EDITOR_PASS" "$EDITOR_EMAIL"

log "language $(mysql -N "$DB_NAME" -e "SELECT option_value FROM wp_options WHERE option_name='WPLANG'"), editor / $EDITOR_PASS"
echo "wordpress: $URL/ ($ADMIN_USER / $ADMIN_PASS)"
ms=$(( ($(date +%s%N) - T0) / 1000000 ))
printf 'wordpress: ready in %d.%03d s\n' $((ms / 1000)) $((ms % 1000))
