<?php
/**
 * The block's HTML: the shortcode's mount point (includes/render.php), from
 * the block's attributes, inside the wrapper that carries the block's class,
 * alignment and extra classes. WordPress gives this file `$attributes`.
 *
 * @package live-agenda
 */

defined( 'ABSPATH' ) || exit;

printf(
	'<div %s>%s</div>',
	get_block_wrapper_attributes(), // phpcs:ignore WordPress.Security.EscapeOutput -- escaped by WordPress.
	live_agenda_render( $attributes ) // phpcs:ignore WordPress.Security.EscapeOutput -- built escaped by live_agenda_render().
);
