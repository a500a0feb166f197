<?php
/**
 * The organisers' editor in WordPress: the Rust editor shipped in
 * `widget/editor/` (its own wasm, never loaded by visitors), opened on a
 * programme through its URL fragment, which it reads itself:
 *
 *     widget/editor/index.html#rest=<programme's REST URL>&nonce=<wp_rest nonce>
 *         &lang=fr|en[&view=live][&now=<RFC 3339>]
 *
 * It reads and saves the programme through the plugin's REST API, so every
 * save is checked, kept as a revision and written to the phones' file.
 * Here: that URL, the live controls' wp-admin page address, and the admin
 * bar's "Live controls" link on the event's day (loaded on every request:
 * the admin bar shows on the site too).
 *
 * @package live-agenda
 */

defined( 'ABSPATH' ) || exit;

/** The live controls' wp-admin page. */
const LIVE_AGENDA_LIVE_PAGE = 'live-agenda-live';

/**
 * The editor's address for the programme `$slug`: `$view` `live` for the
 * live controls; `$now` a preview clock (rehearsals, tests), kept only
 * when it looks like a date-time or `HH:MM`.
 */
function live_agenda_editor_url( $slug, $view = '', $now = '' ) {
	$args = array(
		'rest'  => rest_url( LIVE_AGENDA_REST_NS . '/programmes/' . $slug ),
		'nonce' => wp_create_nonce( 'wp_rest' ),
		'lang'  => live_agenda_user_lang(),
	);
	if ( 'live' === $view ) {
		$args['view'] = 'live';
	}
	if ( '' !== $now && 1 === preg_match( '/^[0-9T:+\-.Z]{5,40}$/', $now ) ) {
		$args['now'] = $now;
	}
	// rawurlencode: the editor decodes %XX (and `+` as a space).
	$fragment = implode(
		'&',
		array_map(
			function ( $key, $value ) {
				return $key . '=' . rawurlencode( $value );
			},
			array_keys( $args ),
			$args
		)
	);
	return plugins_url( 'widget/editor/index.html', LIVE_AGENDA_FILE ) . '#' . $fragment;
}

/** The live controls' wp-admin address for `$slug`. */
function live_agenda_live_url( $slug ) {
	// Under the programmes' menu, as its other screens.
	return add_query_arg(
		array(
			'post_type' => LIVE_AGENDA_TYPE,
			'page'      => LIVE_AGENDA_LIVE_PAGE,
			'programme' => $slug,
		),
		admin_url( 'edit.php' )
	);
}

/** The programmes whose event is on today (in its zone), which this user may change. */
function live_agenda_programmes_today() {
	if ( ! is_user_logged_in() || ! current_user_can( LIVE_AGENDA_CAP ) ) {
		return array();
	}
	return array_values(
		array_filter(
			live_agenda_all(),
			function ( $post ) {
				return current_user_can( 'edit_post', $post->ID ) && live_agenda_is_event_day( $post );
			}
		)
	);
}

// The admin bar, on the event's day only: a tap from any page of the site
// to the live controls (running late, the announcement).
add_action(
	'admin_bar_menu',
	function ( $bar ) {
		$today = live_agenda_programmes_today();
		foreach ( $today as $post ) {
			$bar->add_node(
				array(
					'id'    => 'live-agenda-live-' . $post->post_name,
					/* translators: %s: a programme's title. */
					'title' => 1 === count( $today ) ? esc_html__( 'Live controls', 'live-agenda' ) : esc_html( sprintf( __( 'Live controls: %s', 'live-agenda' ), $post->post_title ) ),
					'href'  => live_agenda_live_url( $post->post_name ),
					'meta'  => array( 'class' => 'live-agenda-live-link' ),
				)
			);
		}
	},
	80
);
