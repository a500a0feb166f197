#!/usr/bin/env python3
"""Fails if two source files import each other, directly or in a ring.

Each file of a crate is a node (`ui/agenda.rs` is `ui::agenda`); a
`crate::a::b` path or a `use super::x` in a file's code (tests and
comments excluded) is an
edge to the longest module path that is a file. Edges to a file's own
ancestors are left out: a `mod.rs` re-exports its children's items, and a
child reading them through its parent is not a cycle of concerns. The
widget's paths to the core's modules (re-exported in `src/lib.rs`) point
into the core crate.

Usage: check-import-cycles.py [REPO]  (exit 1 and the cycles on failure)
"""

import glob
import os
import re
import sys

CRATES = [("core", "crates/core/src"), ("widget", "src")]


def module_path(root, path):
    parts = os.path.relpath(path, root)[:-3].split(os.sep)
    if parts[-1] in ("mod", "lib", "main"):
        parts = parts[:-1]
    return tuple(parts)


def core_modules(repo):
    """The core modules the widget re-exports (`pub use live_agenda_core::{…}`
    in src/lib.rs): a widget path `crate::<one of them>` is the core's."""
    with open(os.path.join(repo, "src", "lib.rs"), encoding="utf-8") as f:
        found = re.search(r"pub use live_agenda_core::\{([^}]*)\}", f.read())
    return {name.strip() for name in found.group(1).split(",")} if found else set()


def main(repo):
    core = core_modules(repo)
    nodes = {}
    for crate, root in CRATES:
        for path in glob.glob(os.path.join(repo, root, "**", "*.rs"), recursive=True):
            if f"{os.sep}bin{os.sep}" in path:
                continue  # binaries are leaves
            module = module_path(os.path.join(repo, root), path)
            with open(path, encoding="utf-8") as f:
                source = f.read().split("#[cfg(test)]")[0]
            # Comments name paths without importing them.
            source = re.sub(r"//.*", "", source)
            deps = {tuple(m.split("::")) for m in re.findall(r"crate::([a-z_]+(?:::[a-z_]+)*)", source)}
            deps |= {module[:-1] + (m,) for m in re.findall(r"^\s*use super::([a-z_]+)", source, re.M)}
            nodes[(crate,) + module] = (crate, deps)

    def resolve(crate, parts):
        for n in range(len(parts), 0, -1):
            key = (crate,) + parts[:n]
            if key in nodes:
                return key
        return None

    edges = {key: set() for key in nodes}
    for key, (crate, deps) in nodes.items():
        for dep in deps:
            target_crate = "core" if crate == "widget" and dep[0] in core else crate
            target = resolve(target_crate, dep)
            if target and target != key and key[: len(target)] != target:
                edges[key].add(target)

    # Tarjan's strongly connected components: any with two or more files is a cycle.
    index, low, stack, on_stack, cycles = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(component)

    sys.setrecursionlimit(10_000)
    for v in sorted(nodes):
        if v not in index:
            visit(v)
    for cycle in cycles:
        names = sorted(f"{c[0]}:{'::'.join(c[1:]) or 'lib'}" for c in cycle)
        print("import cycle between files: " + " <-> ".join(names), file=sys.stderr)
    if not nodes:
        print("check-import-cycles: no source files found", file=sys.stderr)
        return 1
    return 1 if cycles else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")))
