"""A made-up story whose every field carries script: the XSS corpus of the web and report tests.

Three articles about a flood (dated, so the toll has a timeline) whose titles, outlets, URLs
and text hold payloads that would run if any renderer let markup through. A payload that runs
sets ``window.__xss`` or opens a dialog; the tests check that neither happens and that the
payloads are shown as text.
"""

from __future__ import annotations

import json
from pathlib import Path

PAYLOADS = (
    "<script>window.__xss=1;alert(1)</script>",
    '<img src=x onerror="window.__xss=2;alert(2)">',
    '"><svg onload="window.__xss=3">',
    '</textarea><iframe srcdoc="<script>parent.__xss=4</script>"></iframe>',
    "{{7*7}}${7*7}",
    '[click](javascript:window.__xss=5) <a href="javascript:window.__xss=6">x</a>',
)
SCRIPT_URL = "javascript:window.__xss=7//https://example.org/a"

ARTICLES = (
    {
        "id": "flood-1",
        "title": f"Flood kills 12 in Riverton {PAYLOADS[0]}",
        "outlet": f"Daily <b>Bugle</b> {PAYLOADS[1]}",
        "url": "https://www.dailybugle.example/flood?x=<script>window.__xss=8</script>",
        "published": "2025-03-07",
        "text": (
            "At least 12 people were killed when the river burst its banks in Riverton, "
            f"the Red Crescent said on Friday. {PAYLOADS[1]}\n\n"
            f"Rescue teams searched flooded streets for survivors. {PAYLOADS[2]}\n\n"
            "Witnesses said the water rose within minutes."
        ),
    },
    {
        "id": "flood-2",
        "title": f"Riverton flood toll rises to 40 {PAYLOADS[2]}",
        "outlet": f"Evening Post {PAYLOADS[3]}",
        "url": SCRIPT_URL,
        "published": "2025-03-09",
        "text": (
            "The death toll from the Riverton flood rose to 40, the Red Crescent said on "
            f"Sunday, as rescue teams reached villages cut off by the water. {PAYLOADS[4]}\n\n"
            f"About 300 people were displaced, officials said. {PAYLOADS[3]}\n\n"
            "Residents described the flood as the worst in decades."
        ),
    },
    {
        "id": "flood-3",
        "title": "Riverton flood: dozens dead",
        "url": "https://news.example.net/riverton-flood",
        "published": "2025-03-10",
        "text": (
            "Dozens of people died in the Riverton flood, according to local media. "
            f"{PAYLOADS[5]}\n\n"
            "A local official said 45 people were killed in the flood in Riverton.\n\n"
            f"An anonymous aid worker claimed the dam had been left unrepaired for years. "
            f"{PAYLOADS[0]}"
        ),
    },
)


def write_corpus(folder: Path) -> Path:
    """Write the three articles as one JSON Lines file in ``folder``; return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "flood.jsonl"
    path.write_text(
        "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8"
    )
    return path
