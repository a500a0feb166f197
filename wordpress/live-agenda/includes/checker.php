<?php
/**
 * The programme checker: the project's `check-programme` command, built in
 * Rust and shipped in `bin/`, run once per save. PHP never judges a
 * programme itself (the rules and their messages live in the Rust core, the
 * same code the widget runs); it passes the text on standard input and reads
 * back one JSON object:
 *
 *     valid:     {"valid":true,"errors":[],"warnings":[…],"title":"…","timezone":"…","days":["YYYY-MM-DD"],"html":"…"}   exit 0
 *     invalid:   {"valid":false,"errors":[{"path":"items[2].start","message":"…"}]} exit 1
 *     unusable:  {"valid":false,"errors":[{"path":"","message":"…"}]}               exit 2
 *
 * When the command cannot run at all (proc_open disabled, the binary missing
 * or built for another platform), saving is refused: a programme is never
 * stored unvalidated.
 *
 * @package live-agenda
 */

defined( 'ABSPATH' ) || exit;

/**
 * The largest programme file, in bytes: the core's `MAX_FILE_BYTES`
 * (crates/core/src/programme/mod.rs), which the checker enforces too. Kept
 * here so that a larger body is refused before it is copied into a pipe;
 * tests/wordpress/plugin.test.mjs checks that both numbers agree.
 */
const LIVE_AGENDA_MAX_FILE_BYTES = 8 * 1024 * 1024;

/** Seconds a check may take; the seed takes a few milliseconds. */
const LIVE_AGENDA_CHECK_TIMEOUT = 10;

/**
 * `fr` for a French locale (fr_FR, fr_BE, fr_CA…), else `en`: the two
 * languages of the checker's messages and of the widget.
 */
function live_agenda_lang_of_locale( $locale ) {
	return 0 === strpos( (string) $locale, 'fr' ) ? 'fr' : 'en';
}

/** The site's language: the one of pages that carry no `lang`. */
function live_agenda_site_lang() {
	return live_agenda_lang_of_locale( get_locale() );
}

/**
 * The language of the person saving: their own profile language when logged
 * in (the REST API and wp-admin alike), else the site's.
 */
function live_agenda_user_lang() {
	return live_agenda_lang_of_locale( is_user_logged_in() ? get_user_locale() : get_locale() );
}

/** Where the checker is: the plugin's own binary, or a filter's choice (another platform's build). */
function live_agenda_checker_path() {
	return (string) apply_filters( 'live_agenda_checker_path', LIVE_AGENDA_DIR . 'bin/check-programme-x86_64-linux' );
}

/**
 * Why the checker cannot run here, or null when it can be tried. Each
 * reason names what to fix, for the notice in wp-admin and the REST 503.
 */
function live_agenda_checker_unavailable() {
	$disabled = array_map( 'trim', explode( ',', (string) ini_get( 'disable_functions' ) ) );
	if ( ! function_exists( 'proc_open' ) || in_array( 'proc_open', $disabled, true ) ) {
		return __( 'PHP’s proc_open function is disabled on this server (disable_functions), so the programme checker cannot run. Ask the host to allow proc_open for this site.', 'live-agenda' );
	}
	$path = live_agenda_checker_path();
	if ( ! is_file( $path ) ) {
		/* translators: %s: the checker's file path. */
		return sprintf( __( 'The programme checker is missing (%s). Install the plugin again from its zip file.', 'live-agenda' ), $path );
	}
	if ( ! is_executable( $path ) ) {
		// Upload Plugin unpacks every file without its execute bit
		// (FS_CHMOD_FILE, 0644): give it back once.
		@chmod( $path, 0755 ); // phpcs:ignore WordPress.PHP.NoSilencedErrors -- the failure is reported just below.
		clearstatcache( true, $path );
		if ( ! is_executable( $path ) ) {
			/* translators: %s: the checker's file path. */
			return sprintf( __( 'The programme checker (%s) is not executable and could not be made so. Allow the web server to run it (chmod 755).', 'live-agenda' ), $path );
		}
	}
	return null;
}

/**
 * Runs the checker on `$text`. Returns the checker's answer as an array
 * (`valid`, `errors`, `warnings`, and for a valid file `title` and `html`),
 * or a WP_Error (code `live_agenda_checker_unavailable`) saying why it could
 * not run.
 *
 * @param string $text The programme file's text.
 * @param string $lang `fr` or `en`: the language of the messages and of the HTML.
 */
function live_agenda_check( $text, $lang ) {
	$why = live_agenda_checker_unavailable();
	if ( null !== $why ) {
		return new WP_Error( 'live_agenda_checker_unavailable', $why );
	}
	$command = array( live_agenda_checker_path(), '--json', '--lang', 'fr' === $lang ? 'fr' : 'en', '--html', '-' );
	$pipes   = array();
	// The array form runs the binary directly: no shell, nothing to quote.
	$process = @proc_open( $command, array( array( 'pipe', 'r' ), array( 'pipe', 'w' ), array( 'pipe', 'w' ) ), $pipes ); // phpcs:ignore WordPress.PHP.NoSilencedErrors
	if ( ! is_resource( $process ) ) {
		return new WP_Error( 'live_agenda_checker_unavailable', live_agenda_cannot_run_message( '' ) );
	}
	// Write and read at once: a large programme fills the input pipe while
	// the checker may already be writing, and neither side must wait forever.
	foreach ( $pipes as $pipe ) {
		stream_set_blocking( $pipe, false );
	}
	$out      = '';
	$err      = '';
	$offset   = 0;
	$deadline = microtime( true ) + LIVE_AGENDA_CHECK_TIMEOUT;
	$open     = array(
		1 => $pipes[1],
		2 => $pipes[2],
	);
	$stdin    = $pipes[0];
	if ( '' === $text ) {
		fclose( $stdin );
		$stdin = null;
	}
	while ( $open || $stdin ) {
		$left = $deadline - microtime( true );
		if ( $left <= 0 ) {
			proc_terminate( $process, 9 );
			proc_close( $process );
			/* translators: %d: seconds. */
			return new WP_Error( 'live_agenda_checker_unavailable', sprintf( __( 'The programme checker took more than %d seconds and was stopped.', 'live-agenda' ), LIVE_AGENDA_CHECK_TIMEOUT ) );
		}
		$read   = array_values( $open );
		$write  = $stdin ? array( $stdin ) : array();
		$except = null;
		if ( false === stream_select( $read, $write, $except, (int) $left, 200000 ) ) {
			break;
		}
		foreach ( $write as $w ) {
			$written = @fwrite( $w, substr( $text, $offset, 65536 ) ); // phpcs:ignore WordPress.PHP.NoSilencedErrors -- a closed pipe is handled below.
			if ( false === $written ) {
				// The checker stopped reading (it refuses what it has seen).
				fclose( $stdin );
				$stdin = null;
				break;
			}
			$offset += $written;
			if ( $offset >= strlen( $text ) ) {
				fclose( $stdin );
				$stdin = null;
			}
		}
		foreach ( $read as $r ) {
			$chunk = fread( $r, 65536 );
			$which = $r === $pipes[1] ? 1 : 2;
			if ( false === $chunk || ( '' === $chunk && feof( $r ) ) ) {
				fclose( $r );
				unset( $open[ $which ] );
				continue;
			}
			if ( 1 === $which ) {
				$out .= $chunk;
			} else {
				$err .= $chunk;
			}
		}
	}
	$status = proc_close( $process );
	$answer = json_decode( $out, true );
	// Exit 0, 1 and 2 are the checker's verdicts; anything else (126, 127,
	// "Exec format error", a crash) means it did not run as built.
	if ( ! in_array( $status, array( 0, 1, 2 ), true ) || ! is_array( $answer ) || ! isset( $answer['valid'], $answer['errors'] ) ) {
		return new WP_Error( 'live_agenda_checker_unavailable', live_agenda_cannot_run_message( $err ) );
	}
	$answer['valid']    = true === $answer['valid'] && 0 === $status;
	$answer['errors']   = live_agenda_problems( $answer['errors'] );
	$answer['warnings'] = live_agenda_problems( isset( $answer['warnings'] ) ? $answer['warnings'] : array() );
	if ( $answer['valid'] && ( ! isset( $answer['html'] ) || ! is_string( $answer['html'] ) ) ) {
		return new WP_Error( 'live_agenda_checker_unavailable', live_agenda_cannot_run_message( 'no "html" in the answer' ) );
	}
	return $answer;
}

/** `[{path, message}]` with strings only: what the REST API and the notices show. */
function live_agenda_problems( $list ) {
	$problems = array();
	foreach ( (array) $list as $problem ) {
		$problems[] = array(
			'path'    => isset( $problem['path'] ) ? (string) $problem['path'] : '',
			'message' => isset( $problem['message'] ) ? (string) $problem['message'] : '',
		);
	}
	return $problems;
}

/** The checker exists but did not run: most likely another platform. */
function live_agenda_cannot_run_message( $stderr ) {
	$message = sprintf(
		/* translators: 1: operating system, 2: processor. */
		__( 'The programme checker could not run on this server (%1$s, %2$s); the plugin ships it for Linux on x86-64.', 'live-agenda' ),
		PHP_OS,
		php_uname( 'm' )
	);
	// What the system said, as text: a foreign binary's bytes may be in it.
	$stderr = trim( wp_strip_all_tags( wp_check_invalid_utf8( (string) $stderr, true ) ) );
	return '' === $stderr ? $message : $message . ' (' . substr( $stderr, 0, 300 ) . ')';
}
