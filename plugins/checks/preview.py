"""Live preview of one person's site while staff edit it (`python build.py serve SLUG`).

The builder makes the site into a private temporary folder (never site/), with
encryption, audio and the booklet off so a rebuild takes a second or two. A
watcher polls the plan folder; after a change it rebuilds and bumps a version
number. Each served HTML page gets one small script that checks the version and
reloads the page when it changes. The check loads a tiny script from the same
server rather than calling fetch(), so it still works under a strict
Content-Security-Policy that allows only same-origin scripts.

Only 127.0.0.1 is served: an unencrypted plan must not be visible on the network.
"""

from __future__ import annotations

import html
import http.server
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from ..builder.person import PersonResult, build_person
from ..plan.build import BuildOptions

PREFIX = "/__planbook__/"
RELOAD_JS = """(function () {
  var seen = null;
  function check() {
    var s = document.createElement("script");
    s.src = "PREFIXversion.js?" + Date.now();
    s.onload = function () {
      var now = window.__planbookVersion;
      if (seen === null) { seen = now; } else if (now !== seen) { window.location.reload(); }
      s.remove();
    };
    s.onerror = function () { s.remove(); };
    document.head.appendChild(s);
  }
  check();
  setInterval(check, 1000);
})();
""".replace("PREFIX", PREFIX)
SCRIPT_TAG = f'<script src="{PREFIX}reload.js"></script>'


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file's (mtime, size), skipping editors' hidden and backup files."""
    state = {}
    for path in folder.rglob("*"):
        name = path.name
        if name.startswith((".", "#")) or name.endswith("~") or not path.is_file():
            continue
        try:
            info = path.stat()
        except OSError:
            continue  # deleted while we looked
        state[path.relative_to(folder).as_posix()] = (info.st_mtime_ns, info.st_size)
    return state


def _failure_page(result: PersonResult) -> bytes:
    items = (
        "".join(f"<li>{html.escape(p)}</li>" for p in result.problems) or "<li>unknown problem</li>"
    )
    return (
        '<!doctype html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>The plan has a mistake</title>{SCRIPT_TAG}</head>"
        '<body style="font: 1.5rem/1.5 sans-serif; max-width: 40em; margin: 2rem; '
        'color: #000; background: #fff">'
        "<h1>This plan cannot be shown yet</h1>"
        f"<p>Fix this and save; the page will reload.</p><ul>{items}</ul>"
        "</body></html>"
    ).encode()


LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}


def is_local_host(header: str) -> bool:
    """True for a Host header naming this computer (with or without a port)."""
    host = header.strip().lower()
    if host.startswith("["):  # [::1]:8000
        host = host[1 : host.find("]")] if "]" in host else host
    elif host.count(":") == 1:
        host = host.split(":", 1)[0]
    return host in LOCAL_HOSTS


@dataclass
class Preview:
    """Build, watch and serve one plan folder. start() returns once the first build is done."""

    folder: Path
    port: int = 8000
    host: str = "127.0.0.1"
    interval: float = 0.5
    version: int = 0
    result: PersonResult | None = None
    _stop: threading.Event = field(default_factory=threading.Event)
    _threads: list[threading.Thread] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.folder = self.folder.absolute()
        self._temp = tempfile.TemporaryDirectory(prefix="planbook-preview-")
        self._state = tempfile.TemporaryDirectory(prefix="planbook-preview-state-")
        self.options = BuildOptions(
            out_dir=Path(self._temp.name) / "site",
            audio=False,
            pdf=False,
            encrypt=False,
            state_dir=Path(self._state.name),
        )
        self.server: http.server.ThreadingHTTPServer | None = None

    @property
    def site(self) -> Path:
        return self.options.out_dir / self.folder.name

    @property
    def url(self) -> str:
        port = self.server.server_address[1] if self.server else self.port
        return f"http://{self.host}:{port}/"

    def rebuild(self) -> PersonResult:
        self.result = build_person(self.folder, self.options)
        self.version += 1
        return self.result

    def start(self) -> None:
        # The files as they were before the first build: a save during that build, or before
        # the watcher's thread first runs (late on a busy machine), is still a change.
        seen = _snapshot(self.folder)
        self.rebuild()
        self.server = http.server.ThreadingHTTPServer((self.host, self.port), self._handler())
        self.server.daemon_threads = True
        for target in (self.server.serve_forever, lambda: self._watch(seen)):
            thread = threading.Thread(target=target, daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self) -> None:
        self._stop.set()
        if self.server:
            self.server.shutdown()
            self.server.server_close()
        for thread in self._threads:
            thread.join(timeout=10)
        self._temp.cleanup()
        self._state.cleanup()

    def _watch(self, seen: dict[str, tuple[int, int]]) -> None:
        while not self._stop.wait(self.interval):
            now = _snapshot(self.folder)
            if now != seen:
                self._stop.wait(self.interval)  # let the editor finish saving
                seen = _snapshot(self.folder)
                self.rebuild()

    def _handler(self) -> type[http.server.SimpleHTTPRequestHandler]:
        preview = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *args, **kwargs) -> None:
                super().__init__(*args, directory=str(preview.site), **kwargs)

            def log_message(self, format: str, *args) -> None:  # noqa: A002 (http.server's name)
                pass  # staff do not need a line per request

            def end_headers(self) -> None:
                self.send_header("Cache-Control", "no-store")
                super().end_headers()

            def _send(self, body: bytes, content_type: str, status: int = 200) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)

            def do_GET(self) -> None:  # noqa: N802
                if not is_local_host(self.headers.get("Host", "")):
                    # DNS rebinding: a web page elsewhere must not reach the preview by a name
                    # that it has pointed at this computer.
                    return self._send(
                        b"This preview answers only at localhost or 127.0.0.1.\n",
                        "text/plain; charset=utf-8",
                        421,
                    )
                path = self.path.split("?", 1)[0]
                if path == PREFIX + "reload.js":
                    return self._send(RELOAD_JS.encode(), "text/javascript; charset=utf-8")
                if path == PREFIX + "version.js":
                    return self._send(
                        f"window.__planbookVersion = {preview.version};".encode(),
                        "text/javascript; charset=utf-8",
                    )
                if preview.result is not None and preview.result.status == "failed":
                    return self._send(_failure_page(preview.result), "text/html; charset=utf-8")
                target = Path(self.translate_path(path))
                if target.is_dir():
                    target = target / "index.html"
                if target.suffix == ".html" and target.is_file():
                    page = target.read_text(encoding="utf-8")
                    page = (
                        page.replace("</body>", f"{SCRIPT_TAG}</body>", 1)
                        if "</body>" in page
                        else page + SCRIPT_TAG
                    )
                    return self._send(page.encode(), "text/html; charset=utf-8")
                return super().do_GET()

            do_HEAD = do_GET  # noqa: N815

        return Handler
