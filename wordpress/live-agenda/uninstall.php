<?php
/**
 * Runs when the plugin is deleted from wp-admin. This version stores
 * nothing in WordPress (no option, no table, no file): there is nothing to
 * remove. The pages that use `[live_agenda]` keep the shortcode as text.
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;
