"""The "correct this" form of the HTML pages (``assets/curation.js``) and what it reads.

The form writes one curation line (:mod:`kg.curate`) for the analyst to copy; the page
writes nothing itself.  Its table of correction kinds comes from :data:`kg.curate.KINDS`,
so the form and the readers cannot drift apart.

>>> fields = curation_fields({"claim": "doc-1-c5-0-9", "claim_stance": "deny", "cue": "denied"})
>>> fields["curation"]
[{'claim': 'doc-1-c5-0-9', 'label': 'deny: denied'}]
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from typing import Any

from kg.curate.vocabulary import KINDS
from kg.model import ActorKind, Stance

_PLACEHOLDERS = {
    "actor": "actor/russia",
    "actors": "actor/russia; actor/united-states (empty: none)",
    "claim": "claim/<the other claim's id>",
    "text": "as written",
    "texts": "one; or several",
    "actor-or-wikidata": "actor/<id> to merge into, or a Wikidata id Q7747",
}


def curation_fields(data: Mapping[str, Any]) -> dict[str, Any]:
    """The claims an edge stands for, as the form lists them: ``{"curation": [...]}``."""
    merged = data.get("edges")
    claims = list(merged) if isinstance(merged, tuple | list) and merged else [data]
    listed: dict[str, str] = {}
    for claim in claims:
        stance = str(claim.get("claim_stance") or claim.get("stance") or "")
        label = f"{stance}: {claim.get('cue')}" if claim.get("cue") else stance
        ids = [claim["claim"]] if claim.get("claim") else list(claim.get("claims") or ())
        for claim_id in ids:
            listed.setdefault(str(claim_id), label)
    return {"curation": [{"claim": key, "label": label} for key, label in listed.items()]}


@lru_cache(maxsize=1)
def curation_script() -> str:
    """The form's data and code, as two ``<script>`` elements to put after the page's own."""
    from kg.render.html import json_for_script

    config = {
        "kinds": [
            {"name": k.name, "target": k.target, "value": k.value, "prop": k.prop, "help": k.help}
            for k in KINDS.values()
        ],
        "stances": [stance.value for stance in Stance],
        "actor_kinds": [kind.value for kind in ActorKind],
        "placeholders": _PLACEHOLDERS,
    }
    code = resources.files("kg.render").joinpath("assets/curation.js").read_text(encoding="utf-8")
    if "</script" in code.lower() or "<!--" in code:
        raise ValueError("curation.js cannot be inlined safely")
    return (
        f'<script type="application/json" id="kg-curation">{json_for_script(config)}</script>\n'
        f"<script>{code}</script>"
    )
