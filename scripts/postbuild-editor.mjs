// Trunk post-build hook of the organisers' editor (Trunk.editor.toml).
//
// The editor holds a WordPress nonce (in its URL's fragment) and saves
// programmes with it, so its page carries a strict Content-Security-Policy
// (editor.html's <meta>: scripts from its own folder only, no inline
// script, no inline style). Trunk starts the wasm with an inline <script>,
// which that policy refuses: this hook moves it into a file beside the
// others, named by its content's hash as they are, and makes the page
// load it.
import { createHash } from 'node:crypto';
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error('postbuild-editor: TRUNK_STAGING_DIR (or a folder argument) is required');
  process.exit(2);
}
const files = await readdir(dir);
const glue = files.find((f) => /^live-agenda-editor-[0-9a-f]+\.js$/.test(f));
const wasm = files.find((f) => /^live-agenda-editor-[0-9a-f]+_bg\.wasm$/.test(f));
if (!glue || !wasm) {
  console.error(`postbuild-editor: the editor's glue and wasm were not found in ${dir}`);
  process.exit(1);
}

const start = `// Starts the organisers' editor (scripts/postbuild-editor.mjs).
import init from './${glue}';
await init({ module_or_path: new URL('./${wasm}', import.meta.url) });
`;
const name = `start-${createHash('sha256').update(start).digest('hex').slice(0, 16)}.js`;
await writeFile(join(dir, name), start);

const htmlPath = join(dir, 'index.html');
let html = await readFile(htmlPath, 'utf8');
const inline = /<script type="module">[^<]*import init[\s\S]*?<\/script>\s*/;
if (!inline.test(html)) {
  console.error("postbuild-editor: Trunk's start-up script was not found in index.html");
  process.exit(1);
}
html = html.replace(inline, '').replace('</head>', `  <script type="module" src="./${name}"></script>\n  </head>`);
if (!/<meta http-equiv="Content-Security-Policy"/.test(html)) {
  console.error('postbuild-editor: editor.html lost its Content-Security-Policy');
  process.exit(1);
}
await writeFile(htmlPath, html);
