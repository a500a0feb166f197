<?php
// What index.js needs from WordPress (a build step would write this file;
// the editor script is plain JavaScript, so it is written by hand).
return array(
	'dependencies' => array( 'wp-api-fetch', 'wp-block-editor', 'wp-blocks', 'wp-components', 'wp-element', 'wp-i18n', 'wp-server-side-render' ),
	'version'      => '0.2.0',
);
