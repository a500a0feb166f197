<?php
/**
 * Runs when the plugin is deleted from wp-admin (Plugins › Delete), on each
 * site of a multisite network. It removes what the plugin created:
 *
 * - every programme (post type `la_programme`, whatever its
 *   status, trash included), with its revisions and its post meta (the
 *   static HTML, `_live_agenda_html_*`);
 * - each programme's static file, wp-content/uploads/live-agenda/<slug>.json
 *   (and any temporary file of an interrupted write), then that folder if
 *   nothing else is left in it: files the plugin did not write there (a
 *   widget uploaded by hand, say) are kept;
 * - its transients (`live_agenda_*`). It keeps no option.
 *
 * Pages that use the block or `[live_agenda]` keep them; without the plugin
 * they show nothing (the block) or the shortcode as text.
 *
 * @package live-agenda
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/** Removes the current site's programmes, files and transients. */
function live_agenda_uninstall_site() {
	global $wpdb;
	$uploads = wp_upload_dir( null, false );
	$dir     = $uploads['basedir'] . '/live-agenda';
	$ids     = get_posts(
		array(
			'post_type'      => 'la_programme',
			'post_status'    => array( 'publish', 'draft', 'pending', 'private', 'future', 'trash' ),
			'posts_per_page' => -1,
			'fields'         => 'ids',
		)
	);
	foreach ( $ids as $id ) {
		$slug = preg_replace( '/__trashed$/', '', (string) get_post_field( 'post_name', $id ) );
		if ( preg_match( '/^[a-z0-9-]{1,64}$/', $slug ) ) {
			wp_delete_file( $dir . '/' . $slug . '.json' );
		}
		wp_delete_post( $id, true ); // Its revisions and meta go with it.
	}
	foreach ( (array) glob( $dir . '/.*.tmp' ) as $temp ) {
		wp_delete_file( $temp );
	}
	if ( is_dir( $dir ) && 2 === count( (array) scandir( $dir ) ) ) {
		rmdir( $dir ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- only when empty.
	}
	// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- no API deletes transients by prefix.
	$wpdb->query( $wpdb->prepare( "DELETE FROM $wpdb->options WHERE option_name LIKE %s OR option_name LIKE %s", '_transient_live_agenda_%', '_transient_timeout_live_agenda_%' ) );
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $site_id ) {
		switch_to_blog( $site_id );
		live_agenda_uninstall_site();
		restore_current_blog();
	}
} else {
	live_agenda_uninstall_site();
}
