<?php
// Tiny stand-in for wp-cli (Debian 12 has no wp-cli package): drives the
// local test WordPress that scripts/wordpress/start.sh installs.
//
//   php scripts/wordpress/wp.php theme <slug>
//   php scripts/wordpress/wp.php page <slug> <title> <html-file>
//   php scripts/wordpress/wp.php option <name> <value>
//   php scripts/wordpress/wp.php permalinks <structure>       (e.g. /%postname%/)
//   php scripts/wordpress/wp.php user <login> <role> <password> <email>
//   php scripts/wordpress/wp.php activate <plugin-file>
//   php scripts/wordpress/wp.php post-as <login> <slug> <title> <file>
//   php scripts/wordpress/wp.php uninstall <plugin-file>      (deactivate, run its uninstall.php)
//   php scripts/wordpress/wp.php can <login> <capability>     (yes / no)
//   php scripts/wordpress/wp.php app-password <login> <name>  (a new one, printed once)
//   php scripts/wordpress/wp.php network <title>              (this site becomes a network's main site)
//   php scripts/wordpress/wp.php site <path> <title>          (a network's site at /<path>/)
//   php scripts/wordpress/wp.php site-role <path> <login> <role>
//   php scripts/wordpress/wp.php stored <post-type> <meta-key-prefix>  (JSON counts)
//
// Must run as root (or a user that can read /etc/wordpress/config-*.php).

if (PHP_SAPI !== 'cli') { exit(1); }

// Debian's wp-config.php picks /etc/wordpress/config-<host>.php from the Host
// header (port stripped), and WP_HOME uses the port: fake the web request.
$host = getenv('WP_HOST') ?: '127.0.0.1:8181';
$_SERVER['HTTP_HOST']       = $host;
$_SERVER['SERVER_NAME']     = preg_replace('/:.*/', '', $host);
$_SERVER['SERVER_PORT']     = strpos($host, ':') !== false ? substr($host, strpos($host, ':') + 1) : '80';
// A multisite network's site by its path (WP_PATH=/site2/), as its URLs do.
$_SERVER['REQUEST_URI']     = getenv('WP_PATH') ?: '/';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$_SERVER['REMOTE_ADDR']     = '127.0.0.1';

function fail($msg) { fwrite(STDERR, "wp.php: $msg\n"); exit(1); }
function usage() {
    fail("usage: wp.php theme <slug> | page <slug> <title> <html-file> | option <name> <value>"
       . " | permalinks <structure> | user <login> <role> <password> <email>"
       . " | activate <plugin-file> | post-as <login> <slug> <title> <file> | uninstall <plugin-file>"
       . " | can <login> <capability> | stored <post-type> <meta-key-prefix> | app-password <login> <name>"
       . " | network <title> | site <path> <title> | site-role <path> <login> <role>");
}

$args = array_slice($argv, 1);
if (!$args) { usage(); }
$cmd = array_shift($args);

require '/usr/share/wordpress/wp-load.php';
if (!is_blog_installed()) { fail('WordPress is not installed: run scripts/wordpress/start.sh'); }

// Act as the first administrator, as a person in wp-admin would: on a single
// site it has unfiltered_html, and wp_set_current_user() re-runs kses_init(),
// which removes the kses filters for such a user.
/**
 * Creates the post `$postarr` describes, or updates the one of the same
 * type and slug (so a second run replaces it); returns its permalink.
 */
function publish($postarr) {
    $existing = get_page_by_path($postarr['post_name'], OBJECT, $postarr['post_type']);
    if ($existing) { $postarr['ID'] = $existing->ID; }
    // wp_insert_post()/wp_update_post() expect slashed data (they unslash it):
    // without wp_slash() every backslash in the HTML/JS would be lost.
    $id = $existing ? wp_update_post(wp_slash($postarr), true) : wp_insert_post(wp_slash($postarr), true);
    if (is_wp_error($id)) { fail($id->get_error_message()); }
    return get_permalink($id);
}

function become_admin() {
    $admins = get_users(array('role' => 'administrator', 'orderby' => 'ID', 'number' => 1));
    if (!$admins) { fail('no administrator'); }
    wp_set_current_user($admins[0]->ID);
    return $admins[0];
}

switch ($cmd) {
case 'theme':
    if (count($args) !== 1) { usage(); }
    $slug = $args[0];
    $theme = wp_get_theme($slug);
    if (!$theme->exists()) {
        fail("theme '$slug' is not installed (have: " . implode(', ', array_keys(wp_get_themes())) . ')');
    }
    become_admin();
    if (get_stylesheet() !== $slug) { switch_theme($slug); }
    echo "theme: " . get_stylesheet() . "\n";
    break;

case 'page':
    if (count($args) !== 3) { usage(); }
    list($slug, $title, $file) = $args;
    $html = @file_get_contents($file);
    if ($html === false) { fail("cannot read $file"); }
    become_admin();
    if (!current_user_can('unfiltered_html')) {
        fwrite(STDERR, "wp.php: warning: admin lacks unfiltered_html (DISALLOW_UNFILTERED_HTML?): <script> will be stripped\n");
    }
    // What the block editor stores for a Custom HTML block.
    $content = "<!-- wp:html -->\n" . rtrim($html, "\n") . "\n<!-- /wp:html -->";
    $postarr = array(
        'post_type'    => 'page',
        'post_status'  => 'publish',
        'post_name'    => $slug,
        'post_title'   => $title,
        'post_content' => $content,
    );
    echo publish($postarr) . "\n";
    break;

case 'option':
    if (count($args) !== 2) { usage(); }
    update_option($args[0], $args[1]);
    echo $args[0] . ': ' . get_option($args[0]) . "\n";
    break;

case 'permalinks':
    // update_option('permalink_structure') alone leaves stale rewrite rules.
    if (count($args) !== 1) { usage(); }
    global $wp_rewrite;
    if (get_option('permalink_structure') !== $args[0]) {
        $wp_rewrite->set_permalink_structure($args[0]);
        flush_rewrite_rules(false); // false: the rules live in the Apache site, not .htaccess
    }
    echo "permalinks: " . get_option('permalink_structure') . "\n";
    break;

case 'user':
    if (count($args) !== 4) { usage(); }
    list($login, $role, $password, $email) = $args;
    if (username_exists($login)) { echo "user: $login exists\n"; break; }
    $id = wp_insert_user(array(
        'user_login' => $login, 'user_pass' => $password,
        'user_email' => $email, 'role' => $role,
        'display_name' => ucfirst($login),
    ));
    if (is_wp_error($id)) { fail($id->get_error_message()); }
    echo "user: $login created ($role, id $id)\n";
    break;

case 'activate':
    // What "Activate" in wp-admin's Plugins screen does.
    if (count($args) !== 1) { usage(); }
    become_admin();
    require_once ABSPATH . 'wp-admin/includes/plugin.php';
    $result = activate_plugin($args[0]);
    if (is_wp_error($result)) { fail($result->get_error_message()); }
    echo "activated: " . $args[0] . "\n";
    break;

case 'post-as':
    // A published post written by <login> with that user's rights: for a
    // user without unfiltered_html (an Author), wp_set_current_user()
    // re-runs kses_init() and the content is filtered as on a real save.
    if (count($args) !== 4) { usage(); }
    list($login, $slug, $title, $file) = $args;
    $user = get_user_by('login', $login);
    if (!$user) { fail("no user $login"); }
    $text = @file_get_contents($file);
    if ($text === false) { fail("cannot read $file"); }
    wp_set_current_user($user->ID);
    $postarr = array(
        'post_type' => 'post', 'post_status' => 'publish', 'post_name' => $slug,
        'post_title' => $title, 'post_content' => rtrim($text, "\n"), 'post_author' => $user->ID,
    );
    echo publish($postarr) . "\n";
    break;

case 'uninstall':
    // What "Delete" in wp-admin's Plugins screen does before removing the
    // files (which the caller does): deactivate, then the plugin's uninstall.php.
    if (count($args) !== 1) { usage(); }
    become_admin();
    require_once ABSPATH . 'wp-admin/includes/plugin.php';
    deactivate_plugins($args[0], true);
    if (is_uninstallable_plugin($args[0])) { uninstall_plugin($args[0]); }
    echo "uninstalled: " . $args[0] . "\n";
    break;

case 'can':
    if (count($args) !== 2) { usage(); }
    $user = get_user_by('login', $args[0]);
    if (!$user) { fail("no user {$args[0]}"); }
    echo user_can($user, $args[1]) ? "yes\n" : "no\n";
    break;

case 'app-password':
    // What Users › Profile › Application Passwords does; an earlier one of
    // the same name is revoked first.
    if (count($args) !== 2) { usage(); }
    $user = get_user_by('login', $args[0]);
    if (!$user) { fail("no user {$args[0]}"); }
    foreach (WP_Application_Passwords::get_user_application_passwords($user->ID) as $item) {
        if ($item['name'] === $args[1]) { WP_Application_Passwords::delete_application_password($user->ID, $item['uuid']); }
    }
    $created = WP_Application_Passwords::create_new_application_password($user->ID, array('name' => $args[1]));
    if (is_wp_error($created)) { fail($created->get_error_message()); }
    echo $created[0] . "\n";
    break;

case 'network':
    // What Tools › Network Setup does (its form refuses a port in the
    // address; the network itself works with one), minus the config file
    // edits, which multisite.sh makes.
    if (count($args) !== 1) { usage(); }
    if (is_multisite()) { echo "network: exists\n"; break; }
    $admin = become_admin();
    require_once ABSPATH . 'wp-admin/includes/upgrade.php';
    // As network.php does: the network's tables are named only on a network.
    global $wpdb;
    foreach ($wpdb->tables('ms_global') as $table => $prefixed) { $wpdb->$table = $prefixed; }
    install_network();
    $result = populate_network(1, $_SERVER['HTTP_HOST'], $admin->user_email, $args[0], '/', false);
    if (is_wp_error($result)) { fail($result->get_error_message()); }
    echo "network: created\n";
    break;

case 'site':
    if (count($args) !== 2) { usage(); }
    if (!is_multisite()) { fail('not a network'); }
    $path = '/' . trim($args[0], '/') . '/';
    $id = get_blog_id_from_url($_SERVER['HTTP_HOST'], $path);
    if (!$id) {
        $admin = become_admin();
        $id = wpmu_create_blog($_SERVER['HTTP_HOST'], $path, $args[1], $admin->ID, array('WPLANG' => get_site_option('WPLANG') ?: 'fr_FR'));
        if (is_wp_error($id)) { fail($id->get_error_message()); }
        // WordPress drops the port from a new site's domain (localhost8181):
        // put it back, and in the site's addresses.
        global $wpdb;
        $wpdb->update($wpdb->blogs, array('domain' => $_SERVER['HTTP_HOST']), array('blog_id' => $id));
        clean_blog_cache($id);
        $url = 'http://' . $_SERVER['HTTP_HOST'] . $path;
        update_blog_option($id, 'home', untrailingslashit($url));
        update_blog_option($id, 'siteurl', untrailingslashit($url));
    }
    echo "site: $path ($id)\n";
    break;

case 'site-role':
    if (count($args) !== 3) { usage(); }
    $id = get_blog_id_from_url($_SERVER['HTTP_HOST'], '/' . trim($args[0], '/') . '/');
    $user = get_user_by('login', $args[1]);
    if (!$id || !$user) { fail('no such site or user'); }
    $added = add_user_to_blog($id, $user->ID, $args[2]);
    if (is_wp_error($added)) { fail($added->get_error_message()); }
    echo "site-role: {$args[1]} is {$args[2]} of site $id\n";
    break;

case 'stored':
    // What is left of a post type in the database: its posts (any status),
    // their revisions and orphaned ones, meta keys starting with the prefix,
    // and options (transients too) containing it.
    if (count($args) !== 2) { usage(); }
    global $wpdb;
    list($type, $prefix) = $args;
    $like = $wpdb->esc_like($prefix) . '%';
    echo json_encode(array(
        'posts'     => (int) $wpdb->get_var($wpdb->prepare("SELECT COUNT(*) FROM $wpdb->posts WHERE post_type = %s", $type)),
        'revisions' => (int) $wpdb->get_var($wpdb->prepare("SELECT COUNT(*) FROM $wpdb->posts r JOIN $wpdb->posts p ON r.post_parent = p.ID WHERE r.post_type = 'revision' AND p.post_type = %s", $type))
                     + (int) $wpdb->get_var("SELECT COUNT(*) FROM $wpdb->posts r LEFT JOIN $wpdb->posts p ON r.post_parent = p.ID WHERE r.post_type = 'revision' AND p.ID IS NULL"),
        'meta'      => (int) $wpdb->get_var($wpdb->prepare("SELECT COUNT(*) FROM $wpdb->postmeta WHERE meta_key LIKE %s", $like)),
        'options'   => (int) $wpdb->get_var($wpdb->prepare("SELECT COUNT(*) FROM $wpdb->options WHERE option_name LIKE %s", '%' . $wpdb->esc_like(ltrim($prefix, '_')) . '%')),
    )) . "\n";
    break;

default:
    usage();
}
