// The block editor's side of `live-agenda/agenda`, in plain JavaScript
// (no build step: WordPress's own packages, from the `wp` global). The
// block is dynamic: nothing is saved but its attributes, and its preview is
// the server's rendering (the programme as static HTML; the live widget
// runs on the published page, not inside the editor).
( function ( wp ) {
	const { createElement: el, Fragment, useEffect, useState } = wp.element;
	const { __, sprintf } = wp.i18n;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { PanelBody, SelectControl, TextControl, Placeholder, Spinner, Notice } = wp.components;
	const ServerSideRender = wp.serverSideRender;
	const apiFetch = wp.apiFetch;

	/** The stored programmes, from GET /live-agenda/v1/programmes. */
	function useProgrammes() {
		const [ state, setState ] = useState( { list: null, error: null } );
		useEffect( () => {
			let live = true;
			apiFetch( { path: '/live-agenda/v1/programmes' } )
				.then( ( list ) => live && setState( { list, error: null } ) )
				.catch( ( e ) => live && setState( { list: [], error: e.message || String( e ) } ) );
			return () => {
				live = false;
			};
		}, [] );
		return state;
	}

	function ProgrammeSelect( { value, onChange, programmes } ) {
		const options = [ { value: '', label: __( '— Choose a programme —', 'live-agenda' ) } ].concat(
			( programmes.list || [] ).map( ( p ) => ( {
				value: p.slug,
				/* translators: 1: a programme's title, 2: its name. */
				label: sprintf( __( '%1$s (%2$s)', 'live-agenda' ), p.title, p.slug ),
			} ) )
		);
		return el( SelectControl, {
			label: __( 'Programme', 'live-agenda' ),
			value,
			options,
			onChange,
			help: __( 'The programmes stored under Live agenda › Programmes.', 'live-agenda' ),
		} );
	}

	function Edit( { attributes, setAttributes } ) {
		const programmes = useProgrammes();
		const blockProps = useBlockProps();
		const set = ( name ) => ( value ) => setAttributes( { [ name ]: value } );
		const settings = el(
			InspectorControls,
			null,
			el(
				PanelBody,
				{ title: __( 'Programme', 'live-agenda' ) },
				el( ProgrammeSelect, { value: attributes.programme, onChange: set( 'programme' ), programmes } ),
				el( TextControl, {
					label: __( 'Or the address of a programme file', 'live-agenda' ),
					value: attributes.src,
					onChange: set( 'src' ),
					help: __( 'Used only when no programme is chosen above.', 'live-agenda' ),
				} )
			),
			el(
				PanelBody,
				{ title: __( 'Options', 'live-agenda' ), initialOpen: false },
				el( SelectControl, {
					label: __( 'Language', 'live-agenda' ),
					value: attributes.lang,
					options: [
						{ value: '', label: __( 'The visitor’s', 'live-agenda' ) },
						{ value: 'fr', label: 'Français' },
						{ value: 'en', label: 'English' },
					],
					onChange: set( 'lang' ),
				} ),
				el( SelectControl, {
					label: __( 'Colours', 'live-agenda' ),
					value: attributes.theme,
					options: [
						{ value: '', label: __( 'The page’s', 'live-agenda' ) },
						{ value: 'light', label: __( 'Light', 'live-agenda' ) },
						{ value: 'dark', label: __( 'Dark', 'live-agenda' ) },
						{ value: 'auto', label: __( 'The phone’s setting', 'live-agenda' ) },
					],
					onChange: set( 'theme' ),
				} ),
				el( TextControl, {
					label: __( 'Preview clock (rehearsals)', 'live-agenda' ),
					value: attributes.now,
					onChange: set( 'now' ),
					help: __( 'A time such as 14:20, or 2022-11-24T14:20:00+01:00: the page then shows the agenda as at that moment. Leave empty for the real time.', 'live-agenda' ),
				} )
			)
		);
		let body;
		if ( programmes.error ) {
			body = el( Notice, { status: 'error', isDismissible: false }, programmes.error );
		} else if ( ! attributes.programme && ! attributes.src ) {
			body = el(
				Placeholder,
				{ icon: 'calendar-alt', label: __( 'Live agenda', 'live-agenda' ) },
				programmes.list === null
					? el( Spinner )
					: programmes.list.length
						? el( ProgrammeSelect, { value: '', onChange: set( 'programme' ), programmes } )
						: __( 'No programme is stored yet: an Editor or an Administrator adds one under Live agenda › Programmes.', 'live-agenda' )
			);
		} else if ( attributes.programme ) {
			body = el( ServerSideRender, { block: 'live-agenda/agenda', attributes } );
		} else {
			body = el(
				Placeholder,
				{ icon: 'calendar-alt', label: __( 'Live agenda', 'live-agenda' ) },
				/* translators: %s: the address of a programme file. */
				sprintf( __( 'The live agenda of %s shows on the published page.', 'live-agenda' ), attributes.src )
			);
		}
		return el( Fragment, null, settings, el( 'div', blockProps, body ) );
	}

	wp.blocks.registerBlockType( 'live-agenda/agenda', {
		edit: Edit,
		save: () => null, // Dynamic: rendered by the server (render.php).
	} );
} )( window.wp );
