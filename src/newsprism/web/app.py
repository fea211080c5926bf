"""The web app: FastAPI over a store, read-only. Pages for people, a JSON API for scripts.

Pages: the story list (search, language, date and kind filters), a story (the report),
an article (its text with every figure's quote highlighted) and an outlet (its articles).
API: ``/api/stories``, ``/api/stories/{id}`` and ``/api/articles/{id}`` return the records of
report.json (``docs/report-schema.md``); ``/openapi.json`` describes them and ``/api`` shows
that description as a page.

Article text is hostile: templates escape every value, links are made only of http(s)
addresses, and every response carries a Content-Security-Policy that allows no script at
all. Ids only ever select records from the loaded report (never files), and an id that is not
one of them is a 404.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Awaitable, Callable
from typing import Annotated, Any, Protocol

from fastapi import FastAPI, Query, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse
from jinja2 import ChoiceLoader, PackageLoader

from newsprism import __version__
from newsprism.report.render.evidence import article_blocks
from newsprism.report.render.html import environment, stylesheet
from newsprism.report.render.view import Links, StoryView, language_name, safe_url
from newsprism.web.listing import StoryQuery, facets, list_stories, summary
from newsprism.web.snapshot import Snapshot

JsonDict = dict[str, Any]

#: Every response: no script from anywhere, styles and images only from this app, no framing.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


class SnapshotSource(Protocol):
    """Where the app gets its report from (``web.snapshot``)."""

    def current(self) -> Snapshot: ...


def _web_links(snapshot: Snapshot) -> Links:
    def figure(figure_id: str) -> str | None:
        article = snapshot.article_of_figure.get(figure_id)
        return f"/articles/{article}#f-{figure_id}" if article else None

    return Links(article=lambda a: f"/articles/{a['article_id']}", figure=figure)


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def create_app(source: SnapshotSource) -> FastAPI:
    """The web app over ``source`` (see the module docstring)."""
    app = FastAPI(
        title="newsprism",
        version=__version__,
        description="Stories, attributed figures, reconciled estimates and a cited brief, "
        "read from a newsprism store. The records are those of report.json.",
        docs_url=None,  # the stock pages load scripts from the web; /api is drawn here
        redoc_url=None,
    )
    env = environment(
        ChoiceLoader(
            [
                PackageLoader("newsprism.web", "templates"),
                PackageLoader("newsprism.report.render", "templates"),
            ]
        )
    )
    css = stylesheet()

    @app.middleware("http")
    async def _security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def page(template: str, status_code: int = 200, **values: object) -> HTMLResponse:
        html = env.get_template(template).render(version=__version__, **values)
        return HTMLResponse(html, status_code=status_code)

    def not_found(what: str) -> HTMLResponse:
        return page("missing.html.j2", status_code=404, what=what)

    # -- pages ------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def stories_page(
        q: str = "", lang: str = "", kind: str = "", date_from: str = "", date_to: str = ""
    ) -> HTMLResponse:
        snapshot = source.current()
        query = StoryQuery(
            q=q, lang=lang, kind=kind, date_from=_date(date_from), date_to=_date(date_to)
        )
        bad_dates = [v for v in (date_from, date_to) if v and _date(v) is None]
        return page(
            "stories.html.j2",
            stories=list_stories(snapshot, query),
            total=len(snapshot.report["stories"]),
            facets=facets(snapshot),
            query={"q": q, "lang": lang, "kind": kind, "date_from": date_from, "date_to": date_to},
            bad_dates=bad_dates,
            language_name=language_name,
        )

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(story_id: str) -> HTMLResponse:
        snapshot = source.current()
        story = snapshot.stories.get(story_id) if _ID.fullmatch(story_id) else None
        if story is None:
            return not_found("story")
        view = StoryView(snapshot.report, story, _web_links(snapshot))
        figures = {f["figure_id"]: f for f in snapshot.report["figures"]}
        return page("story.html.j2", view=view, figures_by_id=figures)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(article_id: str) -> HTMLResponse:
        snapshot = source.current()
        article = snapshot.articles.get(article_id) if _ID.fullmatch(article_id) else None
        if article is None:
            return not_found("article")
        figures = snapshot.figures_of(article)
        story_id = snapshot.story_of_article.get(article_id)
        story = snapshot.stories.get(story_id) if story_id else None
        return page(
            "article.html.j2",
            article=article,
            url=safe_url(article["url"]),
            lang=language_name(article["lang"]),
            story=summary(story, snapshot) if story else None,
            figures=figures,
            figures_by_id={f["figure_id"]: f for f in figures},
            blocks=article_blocks(article.get("text", ""), figures),
        )

    @app.get("/outlets/{name:path}", response_class=HTMLResponse, include_in_schema=False)
    def outlet_page(name: str) -> HTMLResponse:
        snapshot = source.current()
        articles = [a for a in snapshot.report["articles"] if a["outlet_name"] == name]
        if not articles:
            return not_found("outlet")
        rows = []
        for article in sorted(articles, key=lambda a: (a["published"] or "", a["headline"])):
            story_id = snapshot.story_of_article.get(article["article_id"])
            story = snapshot.stories.get(story_id) if story_id else None
            rows.append(
                {
                    "article": article,
                    "lang": language_name(article["lang"]),
                    "story": summary(story, snapshot) if story else None,
                }
            )
        return page("outlet.html.j2", name=name, outlet_from=articles[0]["outlet_from"], rows=rows)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    @app.get("/static/style.css", include_in_schema=False)
    def style() -> PlainTextResponse:
        return PlainTextResponse(css, media_type="text/css")

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_docs() -> HTMLResponse:
        return page("api.html.j2", schema=app.openapi())

    # -- JSON API ---------------------------------------------------------------------------

    @app.get("/api/stories", tags=["stories"])
    def api_stories(
        q: Annotated[
            str, Query(description="Words that must all appear (headline, outlets, figures).")
        ] = "",
        lang: Annotated[
            str, Query(description="Only stories with an article in this language (en, id...).")
        ] = "",
        kind: Annotated[
            str, Query(description="Only stories with figures of this kind (killed, injured...).")
        ] = "",
        date_from: Annotated[
            dt.date | None, Query(description="Stories with articles published on or after.")
        ] = None,
        date_to: Annotated[
            dt.date | None, Query(description="Stories with articles published on or before.")
        ] = None,
    ) -> list[JsonDict]:
        """Summaries of the stored stories (the fields of report.json's stories, shortened)."""
        query = StoryQuery(q=q, lang=lang, kind=kind, date_from=date_from, date_to=date_to)
        return list_stories(source.current(), query)

    @app.get("/api/stories/{story_id}", tags=["stories"], response_model=None)
    def api_story(story_id: str) -> JsonDict | JSONResponse:
        """One story as in report.json, with its articles and figures."""
        snapshot = source.current()
        story = snapshot.stories.get(story_id) if _ID.fullmatch(story_id) else None
        if story is None:
            return JSONResponse({"detail": "no such story"}, status_code=404)
        members = set(story["article_ids"])
        return {
            "schema": snapshot.report["schema"],
            "story": story,
            "articles": [
                {k: v for k, v in a.items() if k != "text"}
                for a in snapshot.report["articles"]
                if a["article_id"] in members
            ],
            "figures": [f for f in snapshot.report["figures"] if f["article_id"] in members],
        }

    @app.get("/api/articles/{article_id}", tags=["articles"], response_model=None)
    def api_article(article_id: str) -> JsonDict | JSONResponse:
        """One article as in report.json, with its clean text and its figures."""
        snapshot = source.current()
        article = snapshot.articles.get(article_id) if _ID.fullmatch(article_id) else None
        if article is None:
            return JSONResponse({"detail": "no such article"}, status_code=404)
        return {
            "schema": snapshot.report["schema"],
            "article": article,
            "figures": snapshot.figures_of(article),
        }

    return app
