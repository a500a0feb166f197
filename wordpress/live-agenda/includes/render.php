<?php
/**
 * What a page shows: the block `live-agenda/agenda` and the shortcode
 * `[live_agenda]` render the same mount point,
 *
 *     <div data-live-agenda data-src="…/uploads/live-agenda/<slug>.json" data-lang=…>
 *       <div class="la-static">…the programme as plain HTML…</div>
 *     </div>
 *
 * and enqueue the widget's loader. The widget attaches a shadow root to the
 * div: the static programme inside is what search engines, feed readers and
 * visitors without JavaScript read, and what the page shows until the
 * widget has drawn itself.
 *
 * @package live-agenda
 */

defined( 'ABSPATH' ) || exit;

/** The options, as the widget's `data-` attributes name them; `programme` is the plugin's own. */
const LIVE_AGENDA_OPTIONS = array( 'src', 'lang', 'now', 'speed', 'theme' );

/**
 * The tags and attributes the checker's static HTML uses
 * (crates/core/src/static_html.rs). It is escaped by the checker already;
 * this is the second lock, in case the stored meta were ever tampered with.
 */
function live_agenda_static_allowed_html() {
	$common = array(
		'class'  => true,
		'lang'   => true,
		'data-*' => true,
	);
	$tags   = array( 'div', 'header', 'h2', 'h3', 'p', 'ol', 'ul', 'li', 'span', 'strong', 's', 'br', 'em', 'details', 'summary' );
	$html   = array_fill_keys( $tags, $common );
	$html['a']    = $common + array(
		'href' => true,
		'rel'  => true,
	);
	$html['time'] = $common + array( 'datetime' => true );
	$html['ul']  += array( 'aria-label' => true );
	return $html;
}

/**
 * The mount point for `$atts` (`programme`, `src`, `lang`, `now`, `speed`,
 * `theme`; unknown ones ignored): for the shortcode, the block (its
 * attributes) and the block editor's preview.
 */
function live_agenda_render( $atts ) {
	$atts = shortcode_atts( array_fill_keys( array_merge( array( 'programme' ), LIVE_AGENDA_OPTIONS ), '' ), (array) $atts, 'live_agenda' );
	$atts = array_map(
		function ( $value ) {
			return trim( (string) $value );
		},
		$atts
	);
	$static = '';
	if ( '' !== $atts['programme'] ) {
		$post = live_agenda_find( $atts['programme'] );
		if ( ! $post ) {
			// Not a blank box, and not the seed that the widget shows
			// without a src: say which programme is missing.
			return sprintf(
				'<p class="live-agenda-missing">%s</p>',
				/* translators: %s: a programme's name. */
				esc_html( sprintf( __( 'The programme “%s” does not exist (any more).', 'live-agenda' ), $atts['programme'] ) )
			);
		}
		$atts['src'] = live_agenda_file_url( $post->post_name );
		$lang        = in_array( $atts['lang'], array( 'fr', 'en' ), true ) ? $atts['lang'] : live_agenda_site_lang();
		$static      = wp_kses( (string) get_post_meta( $post->ID, LIVE_AGENDA_HTML_META[ $lang ], true ), live_agenda_static_allowed_html() );
	}
	$attrs = ' data-live-agenda';
	foreach ( LIVE_AGENDA_OPTIONS as $name ) {
		if ( '' === $atts[ $name ] ) {
			continue;
		}
		// A URL is escaped as one (only http(s) and relative ones survive).
		$value  = 'src' === $name ? esc_url( $atts[ $name ] ) : esc_attr( $atts[ $name ] );
		$attrs .= sprintf( ' data-%s="%s"', $name, $value );
	}
	wp_enqueue_script( 'live-agenda' );
	if ( '' !== $static ) {
		wp_enqueue_style( 'live-agenda-static' ); // The block's is enqueued by WordPress (block.json), the shortcode's here.
	}
	return "<div$attrs>$static</div>";
}

add_action(
	'init',
	function () {
		// In the footer: the mount points are in the page by then.
		wp_register_script( 'live-agenda', plugins_url( 'widget/live-agenda.js', LIVE_AGENDA_FILE ), array(), LIVE_AGENDA_VERSION, true );
		// A few rules for the static programme (before register_block_type():
		// block.json names this handle, for the page and the editor's preview);
		// the widget's own styles live in its shadow root.
		wp_register_style( 'live-agenda-static', plugins_url( 'assets/static.css', LIVE_AGENDA_FILE ), array(), LIVE_AGENDA_VERSION );
		add_shortcode( 'live_agenda', 'live_agenda_render' );
		register_block_type( LIVE_AGENDA_DIR . 'blocks/agenda' );
		// block.json's textdomain makes WordPress look for the editor's
		// translations among the site's language files; ours ship inside.
		wp_set_script_translations( 'live-agenda-agenda-editor-script', 'live-agenda', LIVE_AGENDA_DIR . 'languages' );
	}
);

/**
 * The loader is an ES module. WordPress 6.1, the floor this plugin is tested
 * on, has no script-modules API (6.5): the tag is rewritten instead, a
 * theme's `type="text/javascript"` replaced rather than doubled.
 *
 * The same tag carries the attributes by which caching and optimisation
 * plugins leave a script alone: the loader finds the widget's files next to
 * itself (import.meta.url), so a copy moved into a cache folder, combined
 * with other scripts, or delayed until the first tap breaks or blanks the
 * agenda. Cloudflare reads data-cfasync only before src: all go first.
 */
add_filter(
	'script_loader_tag',
	function ( $tag, $handle ) {
		if ( 'live-agenda' !== $handle ) {
			return $tag;
		}
		$tag = preg_replace( '/\stype=(["\'])text\/javascript\1/', '', $tag );
		$keep_out = implode(
			' ',
			array(
				'nowprocket',                  // WP Rocket: not delayed.
				'data-no-minify="1"',          // WP Rocket: not minified.
				'data-no-optimize="1"',        // LiteSpeed Cache: not minified, combined, deferred.
				'data-no-defer="1"',           // LiteSpeed Cache: not deferred or delayed.
				'data-noptimize="1"',          // Autoptimize: not moved.
				'data-jetpack-boost="ignore"', // Jetpack Boost: not deferred.
				'nitro-exclude',               // NitroPack: left as it is.
				'data-cfasync="false"',        // Cloudflare Rocket Loader: not rewritten.
			)
		);
		return str_replace( '<script ', '<script type="module" ' . $keep_out . ' ', $tag );
	},
	10,
	2
);

// The same, through each plugin's documented exclusion filter, for the
// settings where an attribute is not read.
/** This plugin's own script: its path for the URL-matching filters. */
function live_agenda_loader_path() {
	return wp_parse_url( plugins_url( 'widget/live-agenda.js', LIVE_AGENDA_FILE ), PHP_URL_PATH );
}
foreach ( array( 'rocket_delay_js_exclusions', 'rocket_exclude_defer_js', 'rocket_exclude_js', 'litespeed_optimize_js_excludes', 'litespeed_optm_js_defer_exc' ) as $live_agenda_filter ) {
	add_filter(
		$live_agenda_filter,
		function ( $excluded ) {
			$excluded   = (array) $excluded;
			$excluded[] = live_agenda_loader_path();
			return $excluded;
		}
	);
}
// Autoptimize's exclusions are one comma-separated string.
add_filter(
	'autoptimize_filter_js_exclude',
	function ( $excluded ) {
		if ( is_array( $excluded ) ) {
			$excluded[ live_agenda_loader_path() ] = '';
			return $excluded;
		}
		return trim( (string) $excluded . ', ' . live_agenda_loader_path(), ', ' );
	}
);
// SiteGround Speed Optimizer: by script handle.
foreach ( array( 'sgo_js_minify_exclude', 'sgo_javascript_combine_exclude', 'sgo_js_async_exclude' ) as $live_agenda_filter ) {
	add_filter(
		$live_agenda_filter,
		function ( $handles ) {
			$handles   = (array) $handles;
			$handles[] = 'live-agenda';
			return $handles;
		}
	);
}
unset( $live_agenda_filter );
