<?php
/**
 * wp-admin: Live agenda › Programmes (WordPress's list of the post type),
 * and one screen per programme: the organisers' editor (includes/editor.php)
 * in a frame, which saves through the REST API; below it, the paste form
 * (adding a programme, and without JavaScript), which saves through the
 * checker the same way; and the programme's revisions, each restored in
 * one click. WordPress's own edit screen is not used: it would save a text
 * without checking it. Live agenda › Live controls: the editor's compact
 * view for a phone during the event, full-screen.
 *
 * @package live-agenda
 */

defined( 'ABSPATH' ) || exit;

const LIVE_AGENDA_EDIT_PAGE = 'live-agenda-edit';

/** The edit screen's URL, for `$slug` or for a new programme. */
function live_agenda_edit_url( $slug = '' ) {
	$args = array(
		'post_type' => LIVE_AGENDA_TYPE,
		'page'      => LIVE_AGENDA_EDIT_PAGE,
	);
	if ( '' !== $slug ) {
		$args['programme'] = $slug;
	}
	return add_query_arg( $args, admin_url( 'edit.php' ) );
}

/** What the last POST to the edit screen left to show: errors, the text sent back. */
$GLOBALS['live_agenda_edit_state'] = null;

add_action(
	'admin_menu',
	function () {
		$hook = add_submenu_page(
			'edit.php?post_type=' . LIVE_AGENDA_TYPE,
			__( 'Add or replace a programme', 'live-agenda' ),
			__( 'Add a programme', 'live-agenda' ),
			LIVE_AGENDA_CAP,
			LIVE_AGENDA_EDIT_PAGE,
			'live_agenda_edit_screen'
		);
		add_action( "load-$hook", 'live_agenda_edit_submit' );
		$live = add_submenu_page(
			'edit.php?post_type=' . LIVE_AGENDA_TYPE,
			__( 'Live controls', 'live-agenda' ),
			__( 'Live controls', 'live-agenda' ),
			LIVE_AGENDA_CAP,
			LIVE_AGENDA_LIVE_PAGE,
			'live_agenda_live_screen'
		);
		add_action( "load-$live", 'live_agenda_live_fullscreen' );
		// The menu's own "Add New" would open WordPress's editor: ours instead.
		remove_submenu_page( 'edit.php?post_type=' . LIVE_AGENDA_TYPE, 'post-new.php?post_type=' . LIVE_AGENDA_TYPE );
	}
);

/** A POST from the edit screen: saved and redirected, or kept to show its errors. */
function live_agenda_edit_submit() {
	if ( 'POST' !== $_SERVER['REQUEST_METHOD'] ) { // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotValidated
		return;
	}
	// phpcs:ignore WordPress.Security.NonceVerification.Missing -- checked in live_agenda_restore_submit().
	if ( isset( $_POST['live_agenda_restore'] ) ) {
		live_agenda_restore_submit();
		return;
	}
	check_admin_referer( 'live-agenda-save' );
	if ( ! current_user_can( LIVE_AGENDA_CAP ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to change programmes.', 'live-agenda' ), 403 );
	}
	// phpcs:disable WordPress.Security.ValidatedSanitizedInput -- the slug is checked by live_agenda_save(); the text is the file, checked by the checker, kept byte for byte.
	$slug = isset( $_POST['slug'] ) ? strtolower( trim( wp_unslash( $_POST['slug'] ) ) ) : '';
	$text = isset( $_POST['programme'] ) ? str_replace( "\r\n", "\n", wp_unslash( $_POST['programme'] ) ) : '';
	// phpcs:enable
	$existing = live_agenda_find( $slug );
	if ( $existing && ! current_user_can( 'edit_post', $existing->ID ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to change programmes.', 'live-agenda' ), 403 );
	}
	$result = live_agenda_save( $slug, $text );
	if ( is_wp_error( $result ) ) {
		$GLOBALS['live_agenda_edit_state'] = array(
			'slug'   => $slug,
			'text'   => $text,
			'errors' => $result->get_error_data()['errors'],
			'status' => $result->get_error_data()['status'],
		);
		return;
	}
	set_transient( 'live_agenda_warnings_' . get_current_user_id(), $result['warnings'], 60 );
	wp_safe_redirect( add_query_arg( 'saved', 1, live_agenda_edit_url( $result['post']->post_name ) ) );
	exit;
}

/** The one-click Restore of a revision (the no-JavaScript form of the REST route). */
function live_agenda_restore_submit() {
	// phpcs:disable WordPress.Security.ValidatedSanitizedInput -- the slug is checked by live_agenda_find(), the id is an integer.
	$slug        = isset( $_POST['slug'] ) ? sanitize_title( wp_unslash( $_POST['slug'] ) ) : '';
	$revision_id = isset( $_POST['live_agenda_restore'] ) ? (int) $_POST['live_agenda_restore'] : 0;
	// phpcs:enable
	check_admin_referer( 'live-agenda-restore-' . $revision_id );
	$post = live_agenda_find( $slug );
	if ( ! $post || ! current_user_can( 'edit_post', $post->ID ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to change programmes.', 'live-agenda' ), 403 );
	}
	$result = live_agenda_restore( $slug, $revision_id );
	if ( is_wp_error( $result ) ) {
		$GLOBALS['live_agenda_edit_state'] = array(
			'slug'   => $slug,
			'text'   => $post->post_content,
			'errors' => $result->get_error_data()['errors'],
			'status' => $result->get_error_data()['status'],
		);
		return;
	}
	set_transient( 'live_agenda_warnings_' . get_current_user_id(), $result['warnings'], 60 );
	wp_safe_redirect( add_query_arg( 'restored', 1, live_agenda_edit_url( $slug ) ) );
	exit;
}

/** `path: message` lines, escaped. */
function live_agenda_problem_list( $problems ) {
	echo '<ul>';
	foreach ( $problems as $problem ) {
		echo '<li>';
		if ( '' !== $problem['path'] ) {
			echo '<code>' . esc_html( $problem['path'] ) . '</code> ';
		}
		echo esc_html( $problem['message'] ) . '</li>';
	}
	echo '</ul>';
}

/** Said on the plugin's screens when programmes cannot be saved here, and why. */
function live_agenda_checker_notice() {
	$why = live_agenda_checker_unavailable();
	if ( null !== $why ) {
		echo '<div class="notice notice-error" data-live-agenda-checker-unavailable><p><strong>' . esc_html__( 'Programmes cannot be saved on this server:', 'live-agenda' ) . '</strong> ' . esc_html( $why ) . '</p></div>';
	}
}

add_action(
	'admin_notices',
	function () {
		$screen = get_current_screen();
		if ( $screen && LIVE_AGENDA_TYPE === $screen->post_type && current_user_can( LIVE_AGENDA_CAP ) ) {
			live_agenda_checker_notice();
		}
	}
);

function live_agenda_edit_screen() {
	$state = $GLOBALS['live_agenda_edit_state'];
	// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- reading which programme to show.
	$slug = $state ? $state['slug'] : ( isset( $_GET['programme'] ) ? sanitize_title( wp_unslash( $_GET['programme'] ) ) : '' );
	$post = live_agenda_find( $slug );
	$text = $state ? $state['text'] : ( $post ? $post->post_content : '' );
	echo '<div class="wrap">';
	echo '<h1>' . esc_html( $post ? $post->post_title : __( 'Add a programme', 'live-agenda' ) ) . '</h1>';
	if ( $state ) {
		echo '<div class="notice notice-error" data-live-agenda-errors><p><strong>';
		echo esc_html( 400 === $state['status'] ? __( 'The programme was not saved: it is invalid.', 'live-agenda' ) : __( 'The programme was not saved.', 'live-agenda' ) );
		echo '</strong></p>';
		live_agenda_problem_list( $state['errors'] );
		echo '</div>';
	} elseif ( $post && ( isset( $_GET['saved'] ) || isset( $_GET['restored'] ) ) ) { // phpcs:ignore WordPress.Security.NonceVerification.Recommended
		$warnings = get_transient( 'live_agenda_warnings_' . get_current_user_id() );
		delete_transient( 'live_agenda_warnings_' . get_current_user_id() );
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended
		$said = isset( $_GET['restored'] ) ? __( 'Earlier version restored. Open pages follow within a minute.', 'live-agenda' ) : __( 'Programme saved. Open pages follow within a minute.', 'live-agenda' );
		echo '<div class="notice notice-success" data-live-agenda-saved><p>' . esc_html( $said ) . '</p>';
		if ( $warnings ) {
			echo '<p>' . esc_html__( 'Warnings:', 'live-agenda' ) . '</p>';
			live_agenda_problem_list( $warnings );
		}
		echo '</div>';
	}
	if ( $post ) {
		$url = live_agenda_file_url( $post->post_name );
		echo '<p>' . esc_html__( 'In a page: the Live agenda block, or the shortcode', 'live-agenda' ) . ' <code>[live_agenda programme="' . esc_html( $post->post_name ) . '"]</code>. ';
		echo esc_html__( 'The file phones read:', 'live-agenda' ) . ' <a href="' . esc_url( $url ) . '">' . esc_html( $url ) . '</a></p>';
	}
	if ( $post ) {
		echo '<p><a class="button" href="' . esc_url( live_agenda_live_url( $post->post_name ) ) . '" data-live-agenda-live-link>' . esc_html__( 'Live controls (for a phone, during the event)', 'live-agenda' ) . '</a></p>';
		// The editor: the same origin, so its REST calls carry the login
		// cookie; the nonce and the programme's address in its fragment.
		printf(
			'<iframe class="live-agenda-editor" data-live-agenda-editor src="%s" title="%s" style="display:block;width:100%%;height:calc(100vh - 160px);min-height:480px;border:1px solid #c3c4c7;background:#fff"></iframe>',
			esc_url( live_agenda_editor_url( $post->post_name ) ),
			esc_attr__( 'Programme editor', 'live-agenda' )
		);
		// Without JavaScript (or to paste a whole file), the form below.
		printf( '<details%s><summary>%s</summary>', $state ? ' open' : '', esc_html__( 'Or paste the whole programme file', 'live-agenda' ) );
	}
	echo '<form method="post">';
	wp_nonce_field( 'live-agenda-save' );
	echo '<table class="form-table" role="presentation"><tr><th scope="row"><label for="live-agenda-slug">' . esc_html__( 'Name (in the address)', 'live-agenda' ) . '</label></th><td>';
	printf(
		'<input type="text" id="live-agenda-slug" name="slug" value="%s" class="regular-text code" pattern="[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?" maxlength="64" required%s>',
		esc_attr( $slug ),
		$post ? ' readonly' : ''
	);
	echo '<p class="description">' . esc_html__( 'Lower-case letters, digits and hyphens, e.g. workshop-2026.', 'live-agenda' ) . '</p></td></tr>';
	echo '<tr><th scope="row"><label for="live-agenda-text">' . esc_html__( 'Programme file (JSON)', 'live-agenda' ) . '</label></th><td>';
	echo '<textarea id="live-agenda-text" name="programme" rows="24" class="large-text code" spellcheck="false" required>' . esc_textarea( $text ) . '</textarea>';
	echo '<p class="description">' . esc_html__( 'The project’s format (version 1) or a frab / pretalx schedule.json. It is checked before it is saved; an invalid file is refused with each problem and where it is.', 'live-agenda' ) . '</p></td></tr></table>';
	submit_button( $post ? __( 'Replace the programme', 'live-agenda' ) : __( 'Save the programme', 'live-agenda' ) );
	echo '</form>';
	if ( $post ) {
		echo '</details>';
		live_agenda_revisions_list( $post );
	}
	echo '</div>';
}

/**
 * The programme's versions, newest first, each with its date, its author,
 * WordPress's comparison, and a Restore button (one click: a form, so it
 * works without JavaScript; the same function as the REST route). The
 * version that is the programme now has no button.
 */
function live_agenda_revisions_list( WP_Post $post ) {
	$revisions = wp_get_post_revisions( $post->ID );
	if ( ! $revisions ) {
		return;
	}
	echo '<h2>' . esc_html__( 'Earlier versions', 'live-agenda' ) . '</h2><ul data-live-agenda-revisions>';
	$current = false;
	foreach ( $revisions as $revision ) {
		printf(
			'<li data-revision-row="%d"><a href="%s" data-revision="%d">%s</a> — %s ',
			(int) $revision->ID,
			esc_url( admin_url( 'revision.php?revision=' . $revision->ID ) ),
			(int) $revision->ID,
			esc_html( mysql2date( __( 'Y-m-d H:i:s', 'live-agenda' ), $revision->post_modified ) ),
			esc_html( get_the_author_meta( 'display_name', $revision->post_author ) )
		);
		if ( ! $current && $revision->post_content === $post->post_content ) {
			$current = true; // The newest one holding today's text.
			echo '<em data-revision-current>' . esc_html__( '(the programme now)', 'live-agenda' ) . '</em>';
		} else {
			echo '<form method="post" style="display:inline">';
			wp_nonce_field( 'live-agenda-restore-' . $revision->ID );
			printf(
				'<input type="hidden" name="slug" value="%s"><button type="submit" class="button button-small" name="live_agenda_restore" value="%d" data-restore="%d">%s</button>',
				esc_attr( $post->post_name ),
				(int) $revision->ID,
				(int) $revision->ID,
				esc_html__( 'Restore', 'live-agenda' )
			);
			echo '</form>';
		}
		echo '</li>';
	}
	echo '</ul>';
}

/**
 * Live agenda › Live controls with a programme: the editor's live view
 * alone on the screen (a phone's), wp-admin's menus left out; printed at
 * the page's load hook, after WordPress has checked the capability.
 */
function live_agenda_live_fullscreen() {
	// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- reading which programme to show.
	$slug = isset( $_GET['programme'] ) ? sanitize_title( wp_unslash( $_GET['programme'] ) ) : '';
	$post = live_agenda_find( $slug );
	if ( ! $post ) {
		return; // The list of programmes (live_agenda_live_screen).
	}
	if ( ! current_user_can( 'edit_post', $post->ID ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to change programmes.', 'live-agenda' ), 403 );
	}
	// phpcs:ignore WordPress.Security.NonceVerification.Recommended,WordPress.Security.ValidatedSanitizedInput -- a preview clock, checked by live_agenda_editor_url().
	$now   = isset( $_GET['now'] ) ? (string) wp_unslash( $_GET['now'] ) : '';
	$title = __( 'Live controls', 'live-agenda' ) . ' · ' . $post->post_title;
	header( 'Content-Type: text/html; charset=utf-8' );
	echo '<!doctype html><html lang="' . esc_attr( live_agenda_user_lang() ) . '"><head><meta charset="utf-8">';
	echo '<meta name="viewport" content="width=device-width, initial-scale=1"><title>' . esc_html( $title ) . '</title>';
	echo '<style>html,body{margin:0;height:100%}iframe{display:block;width:100%;height:100%;border:0}</style></head><body>';
	printf(
		'<iframe data-live-agenda-editor src="%s" title="%s"></iframe>',
		esc_url( live_agenda_editor_url( $post->post_name, 'live', $now ) ),
		esc_attr( $title )
	);
	echo '</body></html>';
	exit;
}

/** Live agenda › Live controls without a programme: which one to run. */
function live_agenda_live_screen() {
	echo '<div class="wrap"><h1>' . esc_html__( 'Live controls', 'live-agenda' ) . '</h1>';
	echo '<p>' . esc_html__( 'During the event, on a phone: running late from an item, back on time, the announcement. Each tap is saved at once.', 'live-agenda' ) . '</p><ul>';
	foreach ( live_agenda_all() as $post ) {
		printf( '<li><a href="%s">%s</a></li>', esc_url( live_agenda_live_url( $post->post_name ) ), esc_html( $post->post_title ) );
	}
	echo '</ul></div>';
}

// WordPress's editor for this type would store a text unchecked: every way
// to it (Add New, Edit, the link after restoring a revision) leads here.
add_action(
	'load-post-new.php',
	function () {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended
		if ( isset( $_GET['post_type'] ) && LIVE_AGENDA_TYPE === $_GET['post_type'] ) {
			wp_safe_redirect( live_agenda_edit_url() );
			exit;
		}
	}
);
add_action(
	'load-post.php',
	function () {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended
		$id   = isset( $_GET['post'] ) ? (int) $_GET['post'] : 0;
		$post = $id ? get_post( $id ) : null;
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended
		if ( $post && LIVE_AGENDA_TYPE === $post->post_type && ( ! isset( $_GET['action'] ) || 'edit' === $_GET['action'] ) ) {
			wp_safe_redirect( live_agenda_edit_url( $post->post_name ) );
			exit;
		}
	}
);
add_filter(
	'get_edit_post_link',
	function ( $link, $post_id ) {
		$post = get_post( $post_id );
		return $post && LIVE_AGENDA_TYPE === $post->post_type && 'publish' === $post->post_status ? live_agenda_edit_url( $post->post_name ) : $link;
	},
	10,
	2
);

// The list: each programme's name and file; no Quick Edit, which would
// change a name (and so the file's) behind the phones' backs.
add_filter(
	'manage_' . LIVE_AGENDA_TYPE . '_posts_columns',
	function ( $columns ) {
		return array_slice( $columns, 0, 2, true ) + array(
			'live_agenda_slug' => __( 'Name', 'live-agenda' ),
			'live_agenda_file' => __( 'File for phones', 'live-agenda' ),
		) + array_slice( $columns, 2, null, true );
	}
);
add_action(
	'manage_' . LIVE_AGENDA_TYPE . '_posts_custom_column',
	function ( $column, $post_id ) {
		$post = get_post( $post_id );
		if ( 'live_agenda_slug' === $column ) {
			echo '<code>' . esc_html( $post->post_name ) . '</code>';
		} elseif ( 'live_agenda_file' === $column && 'publish' === $post->post_status ) {
			$url = live_agenda_file_url( $post->post_name );
			echo '<a href="' . esc_url( $url ) . '">' . esc_html( basename( $url ) ) . '</a>';
		}
	},
	10,
	2
);
add_filter(
	'post_row_actions',
	function ( $actions, $post ) {
		if ( LIVE_AGENDA_TYPE === $post->post_type ) {
			unset( $actions['inline hide-if-no-js'] );
		}
		return $actions;
	},
	10,
	2
);
add_filter(
	'bulk_actions-edit-' . LIVE_AGENDA_TYPE,
	function ( $actions ) {
		unset( $actions['edit'] );
		return $actions;
	}
);
