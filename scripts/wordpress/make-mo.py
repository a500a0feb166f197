#!/usr/bin/env python3
"""The plugin's translations, compiled from their .po files without gettext.

    python3 scripts/wordpress/make-mo.py            write languages/*.mo and the editor's *.json
    python3 scripts/wordpress/make-mo.py --check    exit 1 when a compiled file is out of date,
                                                    or a string of the plugin has no entry

For each wordpress/live-agenda/languages/live-agenda-<locale>.po:
- live-agenda-<locale>.mo, the binary catalogue PHP's gettext (WordPress's
  load_plugin_textdomain) reads;
- live-agenda-<locale>-<md5>.json for each script that has strings (the
  entries whose "#:" references name it), in the Jed format that
  wp_set_script_translations() hands to wp.i18n; <md5> is the md5 of the
  script's path inside the plugin, the name WordPress looks for.

The compiled files are committed (a site installs the zip; nobody there runs
this), so `--check` runs in the tests: an edited .po, or a new __() in the
PHP or the editor script, fails until this is run again. Python's standard
library only: the machines that build the plugin have no msgfmt.
"""
import ast
import hashlib
import json
import re
import struct
import sys
from pathlib import Path

PLUGIN = Path(__file__).resolve().parents[2] / "wordpress" / "live-agenda"
LANGUAGES = PLUGIN / "languages"
DOMAIN = "live-agenda"


def unquote(literal):
    """A .po string literal ("…" with C escapes) as text."""
    return ast.literal_eval(literal)


def parse_po(path):
    """The entries of a .po file: dicts with msgctxt, msgid, msgstr, refs."""
    entries, entry, field = [], None, None

    def finish():
        if entry is not None and "msgid" in entry:
            entries.append(entry)

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            if entry is not None and "msgid" in entry and field == "msgstr":
                finish()
                entry, field = None, None
            if entry is None:
                entry = {"refs": []}
            if line.startswith("#:"):
                entry["refs"] += line[2:].split()
            continue
        match = re.match(r'^(msgctxt|msgid|msgstr)\s+(".*")$', line)
        if match:
            key, value = match.groups()
            if key in ("msgctxt", "msgid") and entry is not None and field == "msgstr":
                finish()
                entry = None
            if entry is None:
                entry = {"refs": []}
            entry[key] = unquote(value)
            field = key
        elif line.startswith('"') and field:
            entry[field] += unquote(line)
        else:
            sys.exit(f"{path}: cannot read line: {raw}")
    finish()
    return entries


def key(entry):
    ctxt = entry.get("msgctxt")
    return (ctxt + "\x04" if ctxt is not None else "") + entry["msgid"]


def mo_bytes(entries):
    """GNU .mo: header, the sorted originals' table, the translations' table, strings."""
    pairs = sorted(
        (key(e).encode("utf-8"), e["msgstr"].encode("utf-8")) for e in entries if e["msgstr"] or e["msgid"] == ""
    )
    count = len(pairs)
    originals_at = 7 * 4
    translations_at = originals_at + count * 8
    data_at = translations_at + count * 8
    tables, blob = [b"", b""], b""
    for column, index in ((0, 0), (1, 1)):
        for pair in pairs:
            text = pair[index]
            tables[column] += struct.pack("<II", len(text), data_at + len(blob))
            blob += text + b"\0"
    header = struct.pack("<7I", 0x950412DE, 0, count, originals_at, translations_at, 0, data_at)
    return header + tables[0] + tables[1] + blob


def header_field(entries, name):
    header = next((e["msgstr"] for e in entries if e["msgid"] == ""), "")
    for line in header.split("\n"):
        if line.lower().startswith(name.lower() + ":"):
            return line.split(":", 1)[1].strip()
    return ""


def jed_json(entries, locale):
    messages = {
        "": {"domain": "messages", "lang": locale, "plural-forms": header_field(entries, "Plural-Forms")}
    }
    for e in sorted(entries, key=key):
        if e["msgid"] and e["msgstr"]:
            messages[key(e)] = [e["msgstr"]]
    data = {
        "translation-revision-date": header_field(entries, "PO-Revision-Date"),
        "generator": "scripts/wordpress/make-mo.py",
        "domain": "messages",
        "locale_data": {"messages": messages},
    }
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")


def outputs(po):
    """{path: bytes} that `po` compiles to."""
    locale = po.stem[len(DOMAIN) + 1 :]
    entries = parse_po(po)
    files = {LANGUAGES / f"{DOMAIN}-{locale}.mo": mo_bytes(entries)}
    scripts = sorted({ref.rsplit(":", 1)[0] for e in entries for ref in e["refs"] if ref.split(":")[0].endswith(".js")})
    for script in scripts:
        mine = [e for e in entries if e["msgid"] == "" or any(r.split(":")[0] == script for r in e["refs"])]
        digest = hashlib.md5(script.encode("utf-8")).hexdigest()
        files[LANGUAGES / f"{DOMAIN}-{locale}-{digest}.json"] = jed_json(mine, locale)
    return files


# __( 'text', 'live-agenda' ) and its kin, in PHP and in the editor script;
# _x( 'text', 'context', 'live-agenda' ) with its context.
CALL = re.compile(
    r"\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'live-agenda'\s*\)"
)


def source_strings():
    """(context, msgid) -> [file] for every translatable string of the plugin."""
    found = {}
    for path in sorted(PLUGIN.rglob("*")):
        if path.suffix not in (".php", ".js") or "widget" in path.relative_to(PLUGIN).parts:
            continue
        rel = str(path.relative_to(PLUGIN))
        for match in CALL.finditer(path.read_text(encoding="utf-8")):
            text = re.sub(r"\\(.)", r"\1", match.group(1))
            found.setdefault((None, text), []).append(rel)
    # block.json's translatable fields, as register_block_type() asks for them.
    block = json.loads((PLUGIN / "blocks/agenda/block.json").read_text(encoding="utf-8"))
    for field, context in (("title", "block title"), ("description", "block description")):
        found.setdefault((context, block[field]), []).append("blocks/agenda/block.json")
    for keyword in block.get("keywords", []):
        found.setdefault(("block keyword", keyword), []).append("blocks/agenda/block.json")
    return found


def main():
    check = "--check" in sys.argv[1:]
    stale = []
    for po in sorted(LANGUAGES.glob(f"{DOMAIN}-*.po")):
        entries = parse_po(po)
        have = {(e.get("msgctxt"), e["msgid"]) for e in entries if e["msgstr"]}
        for (context, text), files in source_strings().items():
            if (context, text) not in have:
                stale.append(f"{po.name}: no translation for {text!r} ({', '.join(sorted(set(files)))})")
        for path, data in outputs(po).items():
            if check:
                if not path.exists() or path.read_bytes() != data:
                    stale.append(f"{path.relative_to(PLUGIN)} is out of date: run python3 scripts/wordpress/make-mo.py")
            else:
                path.write_bytes(data)
                print(f"make-mo: {path.relative_to(PLUGIN)}")
        if check:
            expected = set(outputs(po))
            for extra in LANGUAGES.glob(f"{po.stem}-*.json"):
                if extra not in expected:
                    stale.append(f"{extra.relative_to(PLUGIN)} matches no script any more")
    for line in stale:
        print(f"make-mo: {line}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
