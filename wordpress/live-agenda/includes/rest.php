<?php
/**
 * The REST API, /wp-json/live-agenda/v1/, for scripts and for the editor:
 *
 *   GET    programmes          the list (slug, title, modified, file URL)
 *   GET    programmes/<slug>   the programme file, as application/json, with
 *                              ETag and Last-Modified; 304 when unchanged
 *   PUT    programmes/<slug>   create or replace; the body is the file; 400
 *                              {"errors":[{path, message}]} when invalid
 *   DELETE programmes/<slug>
 *   POST   programmes/<slug>/revisions/<id>/restore
 *                              puts an earlier version back (checked as a
 *                              save is; a new revision; the file follows)
 *
 * Writes need LIVE_AGENDA_CAP, and WordPress's REST authentication: a login
 * cookie with the `wp_rest` nonce (X-WP-Nonce), or an application password.
 * Phones do not use this API: they read the static file, which costs no PHP.
 *
 * @package live-agenda
 */

defined( 'ABSPATH' ) || exit;

const LIVE_AGENDA_REST_NS = 'live-agenda/v1';

add_action(
	'rest_api_init',
	function () {
		$slug = '/programmes/(?P<slug>[a-z0-9-]{1,64})';
		register_rest_route(
			LIVE_AGENDA_REST_NS,
			'/programmes',
			array(
				'methods'             => 'GET',
				'callback'            => 'live_agenda_rest_list',
				'permission_callback' => '__return_true', // Public, as the files are.
			)
		);
		register_rest_route(
			LIVE_AGENDA_REST_NS,
			$slug,
			array(
				array(
					'methods'             => 'GET',
					'callback'            => 'live_agenda_rest_get',
					'permission_callback' => '__return_true',
				),
				array(
					'methods'             => 'PUT',
					'callback'            => 'live_agenda_rest_put',
					'permission_callback' => 'live_agenda_rest_can_write',
				),
				array(
					'methods'             => 'DELETE',
					'callback'            => 'live_agenda_rest_delete',
					'permission_callback' => 'live_agenda_rest_can_write',
				),
			)
		);
		register_rest_route(
			LIVE_AGENDA_REST_NS,
			$slug . '/revisions/(?P<revision>[0-9]{1,20})/restore',
			array(
				'methods'             => 'POST',
				'callback'            => 'live_agenda_rest_restore',
				'permission_callback' => 'live_agenda_rest_can_write',
			)
		);
	}
);

/** The slug from the URL only: a body's own `slug` key must not override it. */
function live_agenda_rest_slug( WP_REST_Request $request ) {
	$params = $request->get_url_params();
	return isset( $params['slug'] ) ? (string) $params['slug'] : '';
}

function live_agenda_rest_can_write( WP_REST_Request $request ) {
	$post = live_agenda_find( live_agenda_rest_slug( $request ) );
	return $post ? current_user_can( 'edit_post', $post->ID ) : current_user_can( LIVE_AGENDA_CAP );
}

/** `{"errors":[…]}` with the status the WP_Error carries. */
function live_agenda_rest_errors( WP_Error $error ) {
	$data = $error->get_error_data();
	return new WP_REST_Response( array( 'errors' => $data['errors'] ), $data['status'] );
}

function live_agenda_rest_summary( WP_Post $post ) {
	return array(
		'slug'     => $post->post_name,
		'title'    => $post->post_title,
		'modified' => mysql_to_rfc3339( $post->post_modified_gmt ),
		'url'      => live_agenda_file_url( $post->post_name ),
	);
}

function live_agenda_rest_list() {
	return new WP_REST_Response( array_map( 'live_agenda_rest_summary', live_agenda_all() ) );
}

function live_agenda_rest_not_found( $slug ) {
	/* translators: %s: a programme's name. */
	return live_agenda_rest_errors( live_agenda_error( 404, sprintf( __( 'There is no programme “%s”.', 'live-agenda' ), $slug ), 'slug' ) );
}

/**
 * The programme's text as stored. The validators are the text's hash and
 * the modification time, so that a script polling this route gets the same
 * 304s as phones polling the file.
 */
function live_agenda_rest_get( WP_REST_Request $request ) {
	$slug = live_agenda_rest_slug( $request );
	$post = live_agenda_find( $slug );
	if ( ! $post ) {
		return live_agenda_rest_not_found( $slug );
	}
	$etag     = live_agenda_rest_etag( $post );
	$modified = mysql2date( 'D, d M Y H:i:s', $post->post_modified_gmt, false ) . ' GMT';
	$headers  = array(
		'ETag'          => $etag,
		'Last-Modified' => $modified,
		'Cache-Control' => 'no-cache',
	);
	$match = (string) $request->get_header( 'if_none_match' );
	$since = (string) $request->get_header( 'if_modified_since' );
	// If-None-Match wins when both are sent (RFC 9110, 13.2.2).
	$fresh = '' !== $match
		? live_agenda_rest_etag_matches( $etag, $match )
		: '' !== $since && false !== strtotime( $since ) && strtotime( $since ) >= strtotime( $post->post_modified_gmt . ' UTC' );
	$response = new WP_REST_Response( $fresh ? null : $post->post_content, $fresh ? 304 : 200, $headers );
	$response->header( 'X-Live-Agenda-Raw', '1' );
	return $response;
}

/**
 * The stored text goes out as it is, not JSON-encoded again as a string:
 * it is the programme file. Marked by live_agenda_rest_get() only.
 */
add_filter(
	'rest_pre_serve_request',
	function ( $served, $result, $request ) {
		if ( $served || ! $result instanceof WP_REST_Response || ! isset( $result->get_headers()['X-Live-Agenda-Raw'] ) ) {
			return $served;
		}
		header_remove( 'X-Live-Agenda-Raw' );
		if ( 200 === $result->get_status() && 'HEAD' !== $request->get_method() ) {
			echo $result->get_data(); // phpcs:ignore WordPress.Security.EscapeOutput -- application/json: the checked programme file, byte for byte.
		}
		return true;
	},
	10,
	3
);

/**
 * WordPress refuses a body it cannot parse as JSON before our handler runs,
 * with its own message. For this route the checker is the judge (its
 * message says where the syntax breaks, and PHP's parser gives up on valid
 * files nested deeper than 512): WordPress's verdict is dropped.
 */
add_filter(
	'rest_request_before_callbacks',
	function ( $response, $handler, $request ) {
		if ( is_wp_error( $response ) && 'rest_invalid_json' === $response->get_error_code() && isset( $handler['callback'] ) && 'live_agenda_rest_put' === $handler['callback'] ) {
			return null;
		}
		return $response;
	},
	10,
	3
);

/** The stored text's validator: what GET sends and a PUT's If-Match names. */
function live_agenda_rest_etag( WP_Post $post ) {
	return '"' . md5( $post->post_content ) . '"';
}

/** Does the If-Match / If-None-Match list `$header` name `$etag` (or `*`)? */
function live_agenda_rest_etag_matches( $etag, $header ) {
	$listed = array_map( 'trim', explode( ',', str_replace( 'W/', '', $header ) ) );
	return in_array( $etag, $listed, true ) || in_array( '*', $listed, true );
}

/**
 * A PUT's preconditions (RFC 9110, 13.1): `If-Match` names the version the
 * editor opened, `If-None-Match: *` says it found none. Two organisers
 * saving at once then never overwrite each other unknowingly: the second
 * gets a 412 and chooses. Without either header (a script, "save mine
 * anyway"), the save goes through as before.
 */
function live_agenda_rest_precondition_failed( WP_REST_Request $request ) {
	$match  = trim( (string) $request->get_header( 'if_match' ) );
	$absent = trim( (string) $request->get_header( 'if_none_match' ) );
	if ( '' === $match && '' === $absent ) {
		return false;
	}
	$post = live_agenda_find( live_agenda_rest_slug( $request ) );
	$etag = $post ? live_agenda_rest_etag( $post ) : null;
	if ( '' !== $match && ( null === $etag || ! live_agenda_rest_etag_matches( $etag, $match ) ) ) {
		return true;
	}
	return '' !== $absent && null !== $etag && live_agenda_rest_etag_matches( $etag, $absent );
}

function live_agenda_rest_put( WP_REST_Request $request ) {
	if ( live_agenda_rest_precondition_failed( $request ) ) {
		return live_agenda_rest_errors(
			live_agenda_error( 412, __( 'Someone else saved this programme since you opened it: nothing was saved.', 'live-agenda' ) )
		);
	}
	$result = live_agenda_save( live_agenda_rest_slug( $request ), $request->get_body() );
	if ( is_wp_error( $result ) ) {
		return live_agenda_rest_errors( $result );
	}
	$body             = live_agenda_rest_summary( $result['post'] );
	$body['warnings'] = $result['warnings'];
	return new WP_REST_Response( $body, $result['created'] ? 201 : 200, array( 'ETag' => live_agenda_rest_etag( $result['post'] ) ) );
}

function live_agenda_rest_restore( WP_REST_Request $request ) {
	$params = $request->get_url_params();
	$result = live_agenda_restore( live_agenda_rest_slug( $request ), isset( $params['revision'] ) ? (int) $params['revision'] : 0 );
	if ( is_wp_error( $result ) ) {
		return live_agenda_rest_errors( $result );
	}
	$body             = live_agenda_rest_summary( $result['post'] );
	$body['warnings'] = $result['warnings'];
	return new WP_REST_Response( $body, 200 );
}

function live_agenda_rest_delete( WP_REST_Request $request ) {
	$slug = live_agenda_rest_slug( $request );
	$post = live_agenda_find( $slug );
	if ( ! $post ) {
		return live_agenda_rest_not_found( $slug );
	}
	// For good, with its revisions and meta; before_delete_post removes the file.
	wp_delete_post( $post->ID, true );
	return new WP_REST_Response(
		array(
			'slug'    => $slug,
			'deleted' => true,
		)
	);
}
