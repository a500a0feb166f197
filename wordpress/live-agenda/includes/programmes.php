<?php
/**
 * Programmes kept in WordPress: a private post type whose post_content is
 * the programme file's text exactly as it was sent (so that each revision
 * is a complete earlier version, restorable from wp-admin), and, for the
 * phones, a static copy in wp-content/uploads/live-agenda/<slug>.json that
 * the web server answers without starting PHP.
 *
 * Every write of a programme's text goes through the checker first
 * (includes/checker.php): ours (REST, the edit screen) and WordPress's own
 * (restoring a revision). Nothing invalid or unchecked is stored.
 *
 * @package live-agenda
 */

defined( 'ABSPATH' ) || exit;

/** The post type (WordPress allows 20 characters: `live_agenda_programme` is one too many). */
const LIVE_AGENDA_TYPE = 'la_programme';

/**
 * What it takes to write a programme: Editors and Administrators have it by
 * default (and a multisite's site administrators), Authors do not. A
 * programme is shown to every visitor of every page that embeds it.
 */
const LIVE_AGENDA_CAP = 'edit_others_posts';

/** Post meta: the checker's static HTML of the programme, one per language. */
const LIVE_AGENDA_HTML_META = array(
	'fr' => '_live_agenda_html_fr',
	'en' => '_live_agenda_html_en',
);

function live_agenda_register_type() {
	$caps = array_fill_keys(
		array( 'edit_posts', 'edit_others_posts', 'publish_posts', 'read_private_posts', 'delete_posts', 'delete_private_posts', 'delete_published_posts', 'delete_others_posts', 'edit_private_posts', 'edit_published_posts', 'create_posts' ),
		LIVE_AGENDA_CAP
	);
	register_post_type(
		LIVE_AGENDA_TYPE,
		array(
			'labels'              => array(
				'name'          => __( 'Programmes', 'live-agenda' ),
				'singular_name' => __( 'Programme', 'live-agenda' ),
				'menu_name'     => __( 'Live agenda', 'live-agenda' ),
				'all_items'     => __( 'Programmes', 'live-agenda' ),
				'add_new'       => __( 'Add a programme', 'live-agenda' ),
				'add_new_item'  => __( 'Add a programme', 'live-agenda' ),
				'edit_item'     => __( 'Edit the programme', 'live-agenda' ),
				'not_found'     => __( 'No programme yet.', 'live-agenda' ),
			),
			// No page of its own on the site: the block and the shortcode
			// show a programme, and phones read its static file.
			'public'              => false,
			'publicly_queryable'  => false,
			'exclude_from_search' => true,
			'show_in_nav_menus'   => false,
			'show_ui'             => true,
			'show_in_menu'        => true,
			'menu_icon'           => 'dashicons-calendar-alt',
			// Our own REST routes (includes/rest.php) validate; wp/v2 would not.
			'show_in_rest'        => false,
			'rewrite'             => false,
			'query_var'           => false,
			'has_archive'         => false,
			'supports'            => array( 'title', 'revisions' ),
			'capabilities'        => $caps,
			'map_meta_cap'        => true,
		)
	);
}

/**
 * A programme's name in URLs and in its file's name: lower-case letters,
 * digits and hyphens, as WordPress makes slugs, at most 64 characters. Only
 * such a name ever becomes a path under the uploads folder.
 */
function live_agenda_valid_slug( $slug ) {
	return is_string( $slug ) && 1 === preg_match( '/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/', $slug );
}

/** The published programme called `$slug`, or null. */
function live_agenda_find( $slug ) {
	if ( ! live_agenda_valid_slug( $slug ) ) {
		return null;
	}
	$posts = get_posts(
		array(
			'post_type'      => LIVE_AGENDA_TYPE,
			'name'           => $slug,
			'post_status'    => 'publish',
			'posts_per_page' => 1,
			'no_found_rows'  => true,
		)
	);
	return $posts ? $posts[0] : null;
}

/** Every published programme, by title. */
function live_agenda_all() {
	return get_posts(
		array(
			'post_type'      => LIVE_AGENDA_TYPE,
			'post_status'    => 'publish',
			'posts_per_page' => -1,
			'orderby'        => 'title',
			'order'          => 'ASC',
			'no_found_rows'  => true,
		)
	);
}

/**
 * The plugin's folder in the uploads: `dir` (a path) and `url`. The year and
 * month sub-folders are not created (`wp_upload_dir( null, false )`).
 */
function live_agenda_files() {
	$uploads = wp_upload_dir( null, false );
	return array(
		'dir' => $uploads['basedir'] . '/live-agenda',
		'url' => $uploads['baseurl'] . '/live-agenda',
	);
}

/** The URL phones poll for `$slug`. */
function live_agenda_file_url( $slug ) {
	return live_agenda_files()['url'] . '/' . $slug . '.json';
}

/**
 * The checker's two answers for `$text`: in the language of the person
 * saving (its messages are theirs) and in the other one (the static HTML
 * exists in both, for pages in either). Returns `array( 'fr' => …, 'en' =>
 * … )` or a WP_Error carrying `status` (400 invalid, 503 no checker) and
 * `errors`.
 */
function live_agenda_validate( $text ) {
	static $known = array();
	$key = md5( $text );
	if ( isset( $known[ $key ] ) ) {
		return $known[ $key ];
	}
	$first   = live_agenda_user_lang();
	$answers = array();
	foreach ( array( $first, 'fr' === $first ? 'en' : 'fr' ) as $lang ) {
		$answer = live_agenda_check( $text, $lang );
		if ( is_wp_error( $answer ) ) {
			return new WP_Error(
				$answer->get_error_code(),
				$answer->get_error_message(),
				array(
					'status' => 503,
					'errors' => array(
						array(
							'path'    => '',
							'message' => $answer->get_error_message(),
						),
					),
				)
			);
		}
		if ( ! $answer['valid'] ) {
			return new WP_Error(
				'live_agenda_invalid',
				__( 'The programme is invalid.', 'live-agenda' ),
				array(
					'status' => 400,
					'errors' => $answer['errors'],
				)
			);
		}
		$answers[ $lang ] = $answer;
	}
	$known[ $key ] = $answers;
	return $answers;
}

/**
 * Creates or replaces the programme `$slug` with `$text`, checked first.
 * Returns `array( 'post' => WP_Post, 'created' => bool, 'warnings' => … )`
 * or a WP_Error with `status` and `errors` (the REST API's and the edit
 * screen's answer).
 */
function live_agenda_save( $slug, $text ) {
	if ( ! live_agenda_valid_slug( $slug ) ) {
		return live_agenda_error( 400, __( 'A programme’s name uses lower-case letters, digits and hyphens only (at most 64).', 'live-agenda' ), 'slug' );
	}
	// Its file would be `programme.json`, the sample programme a widget
	// uploaded by hand into the same folder (README, "Without the plugin")
	// shows when it has no `src`: never replace it.
	if ( 'programme' === $slug ) {
		return live_agenda_error( 400, __( 'The name “programme” is kept for the widget’s own sample file: choose another one.', 'live-agenda' ), 'slug' );
	}
	if ( strlen( $text ) > LIVE_AGENDA_MAX_FILE_BYTES ) {
		/* translators: %s: a size in bytes. */
		return live_agenda_error( 413, sprintf( __( 'The programme is larger than %s bytes.', 'live-agenda' ), number_format_i18n( LIVE_AGENDA_MAX_FILE_BYTES ) ) );
	}
	$answers = live_agenda_validate( $text );
	if ( is_wp_error( $answers ) ) {
		return $answers;
	}
	// The file is written after the post: make sure it can be, before
	// storing anything (a folder uploaded by hand belongs to another user).
	$files = live_agenda_files();
	if ( ! wp_mkdir_p( $files['dir'] ) || ! wp_is_writable( $files['dir'] ) ) {
		/* translators: %s: a folder. */
		return live_agenda_error( 503, sprintf( __( 'The folder %s cannot be written to by the web server, so the programme’s file for phones cannot be made. Let the web server write there (the folder of a widget uploaded by hand belongs to another user: keep that one elsewhere).', 'live-agenda' ), $files['dir'] ) );
	}
	$site     = $answers[ live_agenda_site_lang() ];
	$existing = live_agenda_find( $slug );
	$postarr  = array(
		'post_type'    => LIVE_AGENDA_TYPE,
		'post_status'  => 'publish',
		'post_name'    => $slug,
		'post_title'   => '' !== trim( (string) ( $site['title'] ?? '' ) ) ? $site['title'] : $slug,
		'post_content' => $text,
	);
	if ( $existing ) {
		$postarr['ID'] = $existing->ID;
	}
	// wp_insert_post() unslashes what it is given.
	$id = $existing ? wp_update_post( wp_slash( $postarr ), true ) : wp_insert_post( wp_slash( $postarr ), true );
	if ( is_wp_error( $id ) ) {
		return live_agenda_error( 500, $id->get_error_message() );
	}
	// Two requests creating the same programme at once: WordPress gives the
	// second post another name (`slug-2`); it is not the programme asked for.
	if ( ! $existing && get_post_field( 'post_name', $id ) !== $slug ) {
		wp_delete_post( $id, true );
		/* translators: %s: a programme's name. */
		return live_agenda_error( 409, sprintf( __( 'The programme “%s” was created by another request at the same moment; send it again to replace it.', 'live-agenda' ), $slug ) );
	}
	// An update saves its revision itself; a new programme's first version
	// needs one too, or restoring "the version before" would lose it.
	wp_save_post_revision( $id );
	live_agenda_store_html( $id, $answers );
	$post = get_post( $id );
	$sync = live_agenda_sync_file( $post );
	if ( is_wp_error( $sync ) ) {
		return $sync;
	}
	return array(
		'post'     => $post,
		'created'  => ! $existing,
		'warnings' => $answers[ live_agenda_user_lang() ]['warnings'],
	);
}

/** A WP_Error in the REST API's `{"errors":[{path, message}]}` shape. */
function live_agenda_error( $status, $message, $path = '' ) {
	return new WP_Error(
		'live_agenda_error',
		$message,
		array(
			'status' => $status,
			'errors' => array(
				array(
					'path'    => $path,
					'message' => $message,
				),
			),
		)
	);
}

/** Post meta: the event's days (`YYYY-MM-DD`, JSON) and zone, as the checker reports them. */
const LIVE_AGENDA_DAYS_META     = '_live_agenda_days';
const LIVE_AGENDA_TIMEZONE_META = '_live_agenda_timezone';

/**
 * What the checker said of the saved text, kept beside it: its static HTML
 * in each language, and the event's days and zone (which days the admin
 * bar offers the live controls on), so that PHP never reads the programme.
 */
function live_agenda_store_html( $post_id, $answers ) {
	foreach ( LIVE_AGENDA_HTML_META as $lang => $key ) {
		// update_post_meta() unslashes too.
		update_post_meta( $post_id, $key, wp_slash( $answers[ $lang ]['html'] ) );
	}
	$answer = reset( $answers );
	$days   = isset( $answer['days'] ) && is_array( $answer['days'] ) ? array_values( array_filter( $answer['days'], 'is_string' ) ) : array();
	update_post_meta( $post_id, LIVE_AGENDA_DAYS_META, wp_slash( wp_json_encode( $days ) ) );
	update_post_meta( $post_id, LIVE_AGENDA_TIMEZONE_META, wp_slash( isset( $answer['timezone'] ) ? (string) $answer['timezone'] : '' ) );
}

/**
 * Is today, in the event's zone, one of the programme's days? From the
 * checker's answer stored at save; false when it is unknown (a programme
 * saved before the plugin stored it: the next save stores it).
 */
function live_agenda_is_event_day( WP_Post $post, $now = null ) {
	$days = json_decode( (string) get_post_meta( $post->ID, LIVE_AGENDA_DAYS_META, true ), true );
	$zone = (string) get_post_meta( $post->ID, LIVE_AGENDA_TIMEZONE_META, true );
	if ( ! is_array( $days ) || ! $days || '' === $zone ) {
		return false;
	}
	try {
		$today = ( new DateTimeImmutable( '@' . ( null === $now ? time() : (int) $now ) ) )->setTimezone( new DateTimeZone( $zone ) )->format( 'Y-m-d' );
	} catch ( Exception $e ) {
		return false; // A zone the browser knows and PHP does not.
	}
	return in_array( $today, $days, true );
}

/**
 * Puts back revision `$revision_id` of the programme `$slug` (the one-click
 * Restore of its screen and of the REST API). The text goes through the
 * checker as every save does; WordPress then keeps the restored text as a
 * new revision, and the `wp_restore_post_revision` action below rewrites
 * the static file. Returns `array( 'post', 'warnings' )` or a WP_Error with
 * `status` and `errors`.
 */
function live_agenda_restore( $slug, $revision_id ) {
	$post = live_agenda_find( $slug );
	if ( ! $post ) {
		/* translators: %s: a programme's name. */
		return live_agenda_error( 404, sprintf( __( 'There is no programme “%s”.', 'live-agenda' ), $slug ), 'slug' );
	}
	$revision_id = (int) $revision_id; // wp_get_post_revision() takes it by reference.
	$revision    = wp_get_post_revision( $revision_id );
	if ( ! $revision || (int) $revision->post_parent !== $post->ID ) {
		return live_agenda_error( 404, __( 'This programme has no such earlier version.', 'live-agenda' ) );
	}
	$answers = live_agenda_validate( $revision->post_content );
	if ( is_wp_error( $answers ) ) {
		return $answers;
	}
	$restored = wp_restore_post_revision( $revision->ID );
	if ( ! $restored || is_wp_error( $restored ) ) {
		return live_agenda_error( 500, __( 'The earlier version could not be restored.', 'live-agenda' ) );
	}
	return array(
		'post'     => get_post( $post->ID ),
		'warnings' => $answers[ live_agenda_user_lang() ]['warnings'],
	);
}

/**
 * Makes the static file match the programme: written when it is published,
 * removed otherwise. Written beside its final name and renamed over it, so
 * that a phone never reads half a file.
 */
function live_agenda_sync_file( $post ) {
	if ( ! $post || LIVE_AGENDA_TYPE !== $post->post_type || ! live_agenda_valid_slug( $post->post_name ) ) {
		return true;
	}
	if ( 'publish' !== $post->post_status ) {
		live_agenda_remove_file( $post->post_name );
		return true;
	}
	$files = live_agenda_files();
	if ( ! wp_mkdir_p( $files['dir'] ) ) {
		/* translators: %s: a folder. */
		return live_agenda_error( 500, sprintf( __( 'The folder %s cannot be created.', 'live-agenda' ), $files['dir'] ) );
	}
	$final = $files['dir'] . '/' . $post->post_name . '.json';
	$temp  = $files['dir'] . '/.' . $post->post_name . '.' . wp_generate_password( 12, false ) . '.tmp';
	$text  = $post->post_content;
	// phpcs:disable WordPress.WP.AlternativeFunctions -- a rename is what makes the write atomic; WP_Filesystem has none.
	$ok = strlen( $text ) === file_put_contents( $temp, $text ) && chmod( $temp, 0644 ) && rename( $temp, $final );
	// phpcs:enable
	if ( ! $ok ) {
		wp_delete_file( $temp );
		/* translators: %s: a file. */
		return live_agenda_error( 500, sprintf( __( 'The file %s cannot be written.', 'live-agenda' ), $final ) );
	}
	return true;
}

function live_agenda_remove_file( $slug ) {
	if ( live_agenda_valid_slug( $slug ) ) {
		wp_delete_file( live_agenda_files()['dir'] . '/' . $slug . '.json' );
	}
}

/** Is `$data` (wp_insert_post's) a programme, or one of a programme's revisions? */
function live_agenda_is_programme_data( $data ) {
	if ( LIVE_AGENDA_TYPE === $data['post_type'] ) {
		return true;
	}
	return 'revision' === $data['post_type'] && ! empty( $data['post_parent'] ) && LIVE_AGENDA_TYPE === get_post_type( (int) $data['post_parent'] );
}

/**
 * The gate of every write. WordPress filters post_content on its way in
 * (kses for users without unfiltered_html, entity fixes…), which would
 * change a programme; its text is put back exactly as given, for the post
 * and its revisions. A text that has not been through the checker in this
 * request (WordPress restoring a revision, another plugin) is checked here,
 * and the write is stopped when it is refused.
 */
function live_agenda_gate( $data, $postarr, $unsanitized ) {
	if ( ! live_agenda_is_programme_data( $data ) || ! isset( $unsanitized['post_content'] ) ) {
		return $data;
	}
	$data['post_content'] = $unsanitized['post_content'];
	if ( LIVE_AGENDA_TYPE !== $data['post_type'] ) {
		return $data; // A revision copies what its programme holds.
	}
	$text = wp_unslash( $unsanitized['post_content'] );
	$id   = isset( $postarr['ID'] ) ? (int) $postarr['ID'] : 0;
	if ( $id && get_post_field( 'post_content', $id, 'raw' ) === $text ) {
		return $data; // Trash, untrash, a title: the text stays as it was checked.
	}
	$answers = live_agenda_validate( $text ); // Cached: free when live_agenda_save() just did it.
	if ( is_wp_error( $answers ) ) {
		$lines = array_map(
			function ( $e ) {
				return esc_html( ( '' !== $e['path'] ? $e['path'] . ': ' : '' ) . $e['message'] );
			},
			$answers->get_error_data()['errors']
		);
		wp_die(
			'<p>' . esc_html__( 'This programme was not saved:', 'live-agenda' ) . '</p><ul><li>' . implode( '</li><li>', $lines ) . '</li></ul>', // phpcs:ignore WordPress.Security.EscapeOutput -- each line escaped above.
			esc_html__( 'Live agenda', 'live-agenda' ),
			array(
				'response'  => $answers->get_error_data()['status'],
				'back_link' => true,
			)
		);
	}
	return $data;
}

add_action( 'init', 'live_agenda_register_type' );
add_filter( 'wp_insert_post_data', 'live_agenda_gate', 99, 3 );

// Every version is kept, whatever WP_POST_REVISIONS says for posts: the
// programme during an event is what one wants to go back to.
add_filter(
	'wp_' . LIVE_AGENDA_TYPE . '_revisions_to_keep',
	function () {
		return -1;
	}
);

// A restored revision: its HTML again (revisions keep no meta), and its file.
add_action(
	'wp_restore_post_revision',
	function ( $post_id ) {
		$post = get_post( $post_id );
		if ( ! $post || LIVE_AGENDA_TYPE !== $post->post_type ) {
			return;
		}
		$answers = live_agenda_validate( $post->post_content );
		if ( ! is_wp_error( $answers ) ) {
			live_agenda_store_html( $post_id, $answers );
		}
		live_agenda_sync_file( $post );
	}
);

// Trashed: its file goes (phones then keep their last copy, and say so);
// restored from the trash: published again, as it was, with its file.
add_action(
	'trashed_post',
	function ( $post_id ) {
		live_agenda_sync_file( get_post( $post_id ) );
	}
);
add_filter(
	'wp_untrash_post_status',
	function ( $status, $post_id, $previous ) {
		return LIVE_AGENDA_TYPE === get_post_type( $post_id ) ? $previous : $status;
	},
	10,
	3
);
add_action(
	'untrashed_post',
	function ( $post_id ) {
		live_agenda_sync_file( get_post( $post_id ) );
	}
);
add_action(
	'before_delete_post',
	function ( $post_id ) {
		$post = get_post( $post_id );
		if ( $post && LIVE_AGENDA_TYPE === $post->post_type ) {
			// A trashed post's name has lost its slug (`slug__trashed`).
			$slug = preg_replace( '/__trashed$/', '', $post->post_name );
			if ( ! live_agenda_find( $slug ) || live_agenda_find( $slug )->ID === $post->ID ) {
				live_agenda_remove_file( $slug );
			}
		}
	}
);
