"""The web app over a report, through real HTTP: pages, the JSON API, ids and headers."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any

import pytest

pytestmark = pytest.mark.slow


def get(url: str) -> tuple[int, dict[str, str], str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # local test server only
            return response.status, dict(response.headers), response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read().decode("utf-8")


def get_json(url: str) -> Any:
    status, _, body = get(url)
    assert status == 200, body
    return json.loads(body)


def test_every_page_forbids_script_through_its_content_security_policy(served_app: str) -> None:
    story = get_json(f"{served_app}/api/stories")[0]["story"]
    for path in ("/", f"/stories/{story}", "/api", "/api/stories", "/no-such-page"):
        _, headers, _ = get(served_app + path)
        policy = headers["content-security-policy"]
        assert "default-src 'none'" in policy and "script-src" not in policy, path
        assert headers["x-content-type-options"] == "nosniff"


def test_story_list_filters_by_words_language_date_and_kind(served_app: str) -> None:
    assert len(get_json(f"{served_app}/api/stories")) == 1
    assert len(get_json(f"{served_app}/api/stories?q=riverton+flood")) == 1
    assert get_json(f"{served_app}/api/stories?q=earthquake") == []
    assert get_json(f"{served_app}/api/stories?lang=id") == []
    assert len(get_json(f"{served_app}/api/stories?kind=killed")) == 1
    assert get_json(f"{served_app}/api/stories?kind=abducted") == []
    assert len(get_json(f"{served_app}/api/stories?date_from=2025-03-08")) == 1
    assert get_json(f"{served_app}/api/stories?date_to=2025-03-01") == []
    status, _, _ = get(f"{served_app}/api/stories?date_from=yesterday")
    assert status == 422


def test_api_mirrors_report_json(served_app: str, hostile_outputs) -> None:
    report = json.loads((hostile_outputs / "report.json").read_text(encoding="utf-8"))
    stored = report["stories"][0]
    served = get_json(f"{served_app}/api/stories/{stored['story']}")
    assert served["schema"] == report["schema"]
    assert served["story"]["groups"] == stored["groups"]
    assert served["story"]["brief"]["key_numbers"] == stored["brief"]["key_numbers"]
    article = report["articles"][0]
    one = get_json(f"{served_app}/api/articles/{article['article_id']}")
    assert {k: v for k, v in one["article"].items() if k != "text"} == article
    assert one["article"]["text"].startswith(article["headline"][:10]) or one["article"]["text"]
    assert [f["figure_id"] for f in one["figures"]] == [
        f["figure_id"] for f in report["figures"] if f["article_id"] == article["article_id"]
    ]


@pytest.mark.parametrize(
    "path",
    [
        "/stories/..%2F..%2Fetc%2Fpasswd",
        "/articles/..%2F..%2Fpyproject.toml",
        "/articles/a%00b",
        "/api/articles/..%2F..%2Fetc%2Fpasswd",
        "/api/stories/" + "s" * 65,
        "/outlets/..%2F..%2Fetc%2Fpasswd",
        "/static/..%2F..%2Fpyproject.toml",
    ],
)
def test_ids_never_reach_files(served_app: str, path: str) -> None:
    status, _, body = get(served_app + path)
    assert status == 404
    assert "[project]" not in body and "root:" not in body


def test_openapi_describes_the_json_api(served_app: str) -> None:
    schema = get_json(f"{served_app}/openapi.json")
    assert {"/api/stories", "/api/stories/{story_id}", "/api/articles/{article_id}"} <= set(
        schema["paths"]
    )
    status, _, page = get(f"{served_app}/api")
    assert status == 200 and "/api/stories/{story_id}" in page and "<script" not in page


def test_outlet_page_lists_its_articles(served_app: str) -> None:
    status, _, page = get(f"{served_app}/outlets/news.example.net")
    assert status == 200
    assert "Riverton flood: dozens dead" in page
    assert "name taken from the articles' web addresses" in page
