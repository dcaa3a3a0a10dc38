"""Small inline SVG bar charts for the index page: offline, no script, every label escaped.

>>> svg = bar_chart([("Russia", 12), ("<b>Ukraine</b>", 3)], title="Most accused")
>>> svg.startswith("<svg") and "&lt;b&gt;Ukraine" in svg and "<b>" not in svg
True
>>> bar_chart([])
''
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

__all__ = ["bar_chart"]

_ROW = 18
_LABEL = 180
_BAR = 200
_NUMBER = 60


def _clip(text: str, limit: int = 26) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def bar_chart(
    items: Sequence[tuple[str, float]],
    *,
    title: str = "",
    colour: str = "#d62728",
    percent: bool = False,
) -> str:
    """A horizontal bar per (label, value), longest bar = largest value; ``''`` when empty.

    ``percent`` shows values (0-1) as percentages, the bars then scaled to 100%.
    """
    if not items:
        return ""
    largest = 1.0 if percent else max(float(value) for _, value in items) or 1.0
    height = _ROW * len(items) + 4
    width = _LABEL + _BAR + _NUMBER
    rows = []
    for n, (label, value) in enumerate(items):
        y = n * _ROW + 2
        length = max(1.0, _BAR * float(value) / largest)
        shown = f"{float(value):.0%}" if percent else f"{value:,}"
        rows.append(
            f'<text x="{_LABEL - 6}" y="{y + 13}" text-anchor="end">{escape(_clip(label))}</text>'
            f'<rect x="{_LABEL}" y="{y + 2}" width="{length:.1f}" height="{_ROW - 5}" '
            f'fill="{escape(colour, quote=True)}"></rect>'
            f'<text x="{_LABEL + length + 4:.1f}" y="{y + 13}">{escape(shown)}</text>'
        )
    label = f' aria-label="{escape(title, quote=True)}"' if title else ""
    return (
        f'<svg class="chart" role="img"{label} width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg" '
        f'font-size="12" font-family="system-ui, sans-serif">' + "".join(rows) + "</svg>"
    )
