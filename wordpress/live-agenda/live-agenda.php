<?php
/**
 * Plugin Name:       Live agenda
 * Plugin URI:        https://github.com/live-agenda/live-agenda
 * Description:       A live agenda of a workshop's programme: what is on now, what is next, abstracts in French or English. / Un programme en direct : ce qui se passe, ce qui suit, les résumés en français ou en anglais.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       live-agenda
 *
 * The plugin's shell: it puts the widget (built in Rust, in `widget/`) on a
 * page without anyone pasting a <script>, so that Authors, Editors and the
 * site administrators of a multisite, who lack `unfiltered_html`, can embed
 * it. It decides nothing about programmes: the widget does.
 */

defined( 'ABSPATH' ) || exit;

const LIVE_AGENDA_VERSION = '0.1.0';

/** The `[live_agenda]` options, as the widget's `data-` attributes name them. */
const LIVE_AGENDA_OPTIONS = array( 'src', 'lang', 'now', 'speed', 'theme' );

/**
 * The widget's mount point for `$atts` (`src`, `lang`, `now`, `speed`,
 * `theme`; unknown ones ignored), and the loader enqueued for the page.
 */
function live_agenda_render( $atts ) {
	$atts  = shortcode_atts( array_fill_keys( LIVE_AGENDA_OPTIONS, '' ), (array) $atts, 'live_agenda' );
	$attrs = ' data-live-agenda';
	foreach ( LIVE_AGENDA_OPTIONS as $name ) {
		$value = trim( (string) $atts[ $name ] );
		if ( '' === $value ) {
			continue;
		}
		// A URL is escaped as one (only http(s) and relative ones survive).
		$value  = 'src' === $name ? esc_url( $value ) : esc_attr( $value );
		$attrs .= sprintf( ' data-%s="%s"', $name, $value );
	}
	wp_enqueue_script( 'live-agenda' );
	return "<div$attrs></div>";
}

add_action(
	'init',
	function () {
		// In the footer: the mount points are in the page by then.
		wp_register_script( 'live-agenda', plugins_url( 'widget/live-agenda.js', __FILE__ ), array(), LIVE_AGENDA_VERSION, true );
		add_shortcode( 'live_agenda', 'live_agenda_render' );
	}
);

/**
 * The loader is an ES module. WordPress 6.1, the floor this plugin is tested
 * on, has no script-modules API (6.5): the tag is rewritten instead, a
 * theme's `type="text/javascript"` replaced rather than doubled.
 */
add_filter(
	'script_loader_tag',
	function ( $tag, $handle ) {
		if ( 'live-agenda' !== $handle ) {
			return $tag;
		}
		$tag = preg_replace( '/\stype=(["\'])text\/javascript\1/', '', $tag );
		return str_replace( '<script ', '<script type="module" ', $tag );
	},
	10,
	2
);
