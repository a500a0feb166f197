<?php
/**
 * Plugin Name:       Live agenda
 * Plugin URI:        https://github.com/live-agenda/live-agenda
 * Description:       A live agenda of a workshop's programme: what is on now, what is next, abstracts in French or English. / Un programme en direct : ce qui se passe, ce qui suit, les résumés en français ou en anglais.
 * Version:           0.2.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       live-agenda
 * Domain Path:       /languages
 *
 * The plugin's shell: it puts the widget (built in Rust, in `widget/`) on a
 * page without anyone pasting a <script>, so that Authors, Editors and the
 * site administrators of a multisite, who lack `unfiltered_html`, can embed
 * it; it keeps programmes in WordPress, with their revisions, and writes
 * each one as a static file for the phones. It decides nothing about
 * programmes: the checker in `bin/` (the same Rust core as the widget) does.
 *
 * @package live-agenda
 */

defined( 'ABSPATH' ) || exit;

const LIVE_AGENDA_VERSION = '0.2.0';
const LIVE_AGENDA_FILE    = __FILE__;
define( 'LIVE_AGENDA_DIR', plugin_dir_path( __FILE__ ) );

require LIVE_AGENDA_DIR . 'includes/checker.php';
require LIVE_AGENDA_DIR . 'includes/programmes.php';
require LIVE_AGENDA_DIR . 'includes/rest.php';
require LIVE_AGENDA_DIR . 'includes/render.php';
require LIVE_AGENDA_DIR . 'includes/editor.php';
if ( is_admin() ) {
	require LIVE_AGENDA_DIR . 'includes/admin.php';
}

add_action(
	'init',
	function () {
		// The plugin's own translations (languages/), whatever the site has
		// downloaded: this one is not on WordPress.org's translation service.
		load_plugin_textdomain( 'live-agenda', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	},
	0
);
