"""HTTP for SPARQL endpoints: credentials, retries with backoff, errors that show the server.

The standard library's ``urllib`` does all of it (basic, digest and bearer auth, any
method); what is added is the policy: retry 5xx, 429 and connection failures with
exponential backoff, fail at once on any other 4xx with the server's own message, and
never let a secret reach a message or a ``repr``.

>>> credentials = Credentials(user="kg", password="s3cret")
>>> "s3cret" in repr(credentials)
False
>>> redact_url("https://kg:s3cret@db.example/ds/data?graph=x")
'https://db.example/ds/data?graph=x'
"""

from __future__ import annotations

import base64
import http.client
import os
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit, urlunsplit

from kg.errors import UsageError, one_line

#: Environment variables read when the options are not given (never printed).
ENV_USER = "KG_ENDPOINT_USER"
ENV_PASSWORD = "KG_ENDPOINT_PASSWORD"
ENV_TOKEN = "KG_ENDPOINT_TOKEN"
ENV_AUTH = "KG_ENDPOINT_AUTH"

AuthScheme = Literal["basic", "digest"]

#: Statuses worth another try: the server is overloaded, restarting or behind a proxy.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
#: How much of a server's error body a message quotes.
MESSAGE_LIMIT = 600


@dataclass(frozen=True)
class Credentials:
    """Who to authenticate as: a user and password (basic or digest) or a bearer token."""

    user: str | None = None
    password: str | None = field(default=None, repr=False)
    token: str | None = field(default=None, repr=False)
    scheme: AuthScheme = "basic"

    @classmethod
    def resolve(
        cls,
        user: str | None = None,
        password: str | None = None,
        token: str | None = None,
        scheme: AuthScheme | None = None,
        environ: Mapping[str, str] = os.environ,
    ) -> Credentials:
        """Options first, then ``KG_ENDPOINT_USER``/``_PASSWORD``/``_TOKEN``/``_AUTH``.

        >>> Credentials.resolve(environ={"KG_ENDPOINT_TOKEN": "t0k"}).token
        't0k'
        """
        return cls(
            user=user if user is not None else environ.get(ENV_USER) or None,
            password=password if password is not None else environ.get(ENV_PASSWORD) or None,
            token=token if token is not None else environ.get(ENV_TOKEN) or None,
            scheme=scheme or _scheme(environ.get(ENV_AUTH)),
        )

    @property
    def secrets(self) -> tuple[str, ...]:
        """The values that must never appear in output (scrubbed from server messages too)."""
        return tuple(s for s in (self.password, self.token, self._basic_value()) if s)

    def headers(self) -> dict[str, str]:
        """Headers sent with every request (digest is answered by a handler instead)."""
        if self.token:
            return {"Authorization": f"Bearer {self.token}"}
        basic = self._basic_value()
        if basic and self.scheme == "basic":
            return {"Authorization": f"Basic {basic}"}
        return {}

    def _basic_value(self) -> str | None:
        if self.user is None:
            return None
        pair = f"{self.user}:{self.password or ''}".encode()
        return base64.b64encode(pair).decode("ascii")


class EndpointError(Exception):
    """A request failed for good: ``status`` is the HTTP status, or ``None`` when the
    server could not be reached at all."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status

    @property
    def unreachable(self) -> bool:
        return self.status is None

    @property
    def refused(self) -> bool:
        """Authentication or authorisation failed: every later request would fail too."""
        return self.status in (401, 403)


@dataclass(frozen=True)
class Response:
    status: int
    body: bytes
    content_type: str


def redact_url(url: str) -> str:
    """``url`` without a ``user:password@`` part, for messages."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def split_credentials(url: str) -> tuple[str, str | None, str | None]:
    """``http://user:pw@host/x`` as (``http://host/x``, user, password)."""
    parts = urlsplit(url)
    return redact_url(url), parts.username, parts.password


class Client:
    """Sends requests with ``credentials``; ``retries`` more tries after a retryable failure,
    waiting ``backoff``, 2 x ``backoff``, 4 x ... seconds (at most 30; a server's
    ``Retry-After`` wins)."""

    def __init__(
        self,
        credentials: Credentials | None = None,
        *,
        timeout: float = 120.0,
        retries: int = 4,
        backoff: float = 0.5,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.credentials = credentials or Credentials()
        self.timeout = timeout
        self.retries = max(0, retries)
        self.backoff = backoff
        self._sleep = sleep
        handlers: list[urllib.request.BaseHandler] = []
        self._digest: urllib.request.HTTPPasswordMgrWithDefaultRealm | None = None
        if self.credentials.scheme == "digest" and self.credentials.user is not None:
            self._digest = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            handlers.append(urllib.request.HTTPDigestAuthHandler(self._digest))
        self._opener = urllib.request.build_opener(*handlers)
        #: Requests that were tried again (for reports and tests).
        self.retried = 0

    def request(
        self,
        method: str,
        url: str,
        body: bytes | None = None,
        *,
        content_type: str | None = None,
        accept: str | None = None,
    ) -> Response:
        """Send one request; return the 2xx response or raise :class:`EndpointError`."""
        headers = dict(self.credentials.headers())
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        shown = redact_url(url)
        if self._digest is not None:  # answered when the server challenges (401)
            user, password = self.credentials.user or "", self.credentials.password or ""
            self._digest.add_password(None, url, user, password)
        attempt = 0
        while True:
            request = urllib.request.Request(url, data=body, method=method, headers=headers)
            wait: float | None = None
            try:
                with self._opener.open(request, timeout=self.timeout) as answer:
                    content = answer.read()
                    return Response(answer.status, content, answer.headers.get("Content-Type", ""))
            except urllib.error.HTTPError as error:
                message = self._server_message(error)
                failure = EndpointError(
                    f"{method} {shown}: HTTP {error.code} {error.reason}"
                    + (f": {message}" if message else ""),
                    status=error.code,
                )
                if error.code not in RETRY_STATUSES:
                    raise failure from None
                wait = _retry_after(error.headers.get("Retry-After"))
            except (urllib.error.URLError, http.client.HTTPException, OSError) as error:
                reason = getattr(error, "reason", error)
                failure = EndpointError(f"{method} {shown}: cannot connect: {reason}")
            if attempt >= self.retries:
                if attempt:
                    raise EndpointError(f"{failure} (after {attempt + 1} tries)", failure.status)
                raise failure
            self._sleep(wait if wait is not None else min(30.0, self.backoff * 2**attempt))
            attempt += 1
            self.retried += 1

    def _server_message(self, error: urllib.error.HTTPError) -> str:
        try:
            raw = error.read()
        except OSError:
            return ""
        text = " ".join(raw.decode("utf-8", "replace").split())
        for secret in self.credentials.secrets:
            text = text.replace(secret, "***")
        # a server's words reach a terminal: no escape sequences, one line
        return one_line(text, limit=MESSAGE_LIMIT)


def _scheme(value: str | None) -> AuthScheme:
    if not value or value.strip().lower() == "basic":
        return "basic"
    if value.strip().lower() == "digest":
        return "digest"
    raise UsageError(f"{ENV_AUTH} must be basic or digest, not {value!r}")


def _retry_after(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return min(30.0, max(0.0, float(value)))
    except ValueError:
        return None
