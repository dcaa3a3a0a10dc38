"""The README's ablation summary, from the table ``run.py --ablation`` prints.

    python benchmarks/claims/ablation_table.py RUN_OUTPUT [--columns dev test24] [--all]

``RUN_OUTPUT`` is the output of ``benchmarks/claims/run.py --ablation`` (whole or cut
short: every row printed so far is read).  Each row's change per part (the signed number
in its cells' parentheses) gives the mean change over the table's parts and the number of
parts losing / gaining at least 0.005; ``--columns`` names parts shown on their own (two
places).  Rows sorted by the mean change, largest loss first; rows whose change moves no
part by 0.005 and the mean by less than 0.0005 are left out (``--all``: every row), as in
the README's round-22 table.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

#: A cell of a changed row: "0.8504 (-0.0133; 0.79, 0.91)".
_CELL = re.compile(r"^\s*[0-9.]+ \(([+-][0-9.]+);")
_HEADER = re.compile(r"^\| rules \|")
_PART = re.compile(r"^\s*(\S+) F1")


def rows(text: str) -> tuple[list[str], list[tuple[str, list[float]]]]:
    """The table's parts and each changed row's label and change per part."""
    parts: list[str] = []
    found: list[tuple[str, list[float]]] = []
    for line in text.splitlines():
        if _HEADER.match(line):
            cells = line.strip().strip("|").split("|")[1:]
            parts = [m.group(1) for c in cells if (m := _PART.match(c))]
            found = []  # a second table in the output: the last one counts
            continue
        if not parts or not line.startswith("| with"):
            continue
        cells = line.strip().strip("|").split("|")
        changes = [float(m.group(1)) for c in cells[1:] if (m := _CELL.match(c))]
        if len(changes) == len(parts):
            found.append((cells[0].strip(), changes))
    return parts, found


def summary(
    parts: list[str],
    found: list[tuple[str, list[float]]],
    columns: list[str],
    every: bool = False,
) -> str:
    """The Markdown summary table (see the module's docstring)."""
    shown = [p for p in columns if p in parts]
    lines = [
        f"| rule family | mean change over the {len(parts)} parts "
        "| parts losing / gaining >= 0.005 | " + " | ".join(shown) + " |",
        "|---" * (3 + len(shown)) + "|",
    ]
    scored = []
    for label, changes in found:
        mean = sum(changes) / len(changes)
        losing = sum(1 for c in changes if c <= -0.005)
        gaining = sum(1 for c in changes if c >= 0.005)
        if not every and not losing and not gaining and abs(mean) < 0.0005:
            continue
        scored.append((mean, label, losing, gaining, changes))
    for mean, label, losing, gaining, changes in sorted(scored, key=lambda r: r[0]):
        name = label.removeprefix("without ").strip()
        cells = " | ".join(f"{changes[parts.index(p)]:+.2f}" for p in shown)
        lines.append(f"| {name} | {mean:+.3f} | {losing} / {gaining} | {cells} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--columns", nargs="*", default=["dev"])
    parser.add_argument("--all", action="store_true", help="every row, small ones too")
    args = parser.parse_args(argv)
    parts, found = rows(args.output.read_text(encoding="utf-8"))
    if not parts:
        parser.error(f"{args.output}: no ablation table")
    print(summary(parts, found, args.columns, args.all))
    print(f"\n({len(found)} rows read)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
