"""Serves the built site (dist/) on 127.0.0.1 with the headers a course host should send:
a strict Content-Security-Policy and the right type for .wasm.

--csp-paths REGEX limits the policy to the paths that match it, for a site whose other pages
are not ours to make strict (the mkdocs course site: its pages carry inline script, while each
sims/<id>/main.html inside them keeps the strict policy).

--gzip compresses every response (gzip -9) for clients that accept it, as a static host
would; make bench uses it so that timings under a throttled network see gzipped bytes."""
import argparse
import functools
import gzip
import http.server
import os
import re
import socketserver

CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors *"
)


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm", ".js": "text/javascript", ".mjs": "text/javascript"}

    def end_headers(self):
        pattern = self.server.csp_paths
        if pattern is None or pattern.search(self.path.split("?", 1)[0]):
            self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def do_GET(self):
        if not self.server.gzip or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().do_GET()
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not self.path.split("?", 1)[0].endswith("/"):
                return super().do_GET()
            path = os.path.join(path, "index.html")
        try:
            with open(path, "rb") as f:
                body = gzip.compress(f.read(), 9)
        except OSError:
            return super().do_GET()
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, fmt, *args):
        if not self.server.quiet:
            super().log_message(fmt, *args)


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default="dist")
    ap.add_argument("--port", type=int, default=8080)
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--csp-paths", default=None, help="send the CSP only for paths matching this regex")
    ap.add_argument("--gzip", action="store_true", help="gzip every response for clients that accept it")
    a = ap.parse_args()
    handler = functools.partial(Handler, directory=a.dir)
    with Server(("127.0.0.1", a.port), handler) as httpd:
        httpd.quiet = a.quiet
        httpd.gzip = a.gzip
        httpd.csp_paths = re.compile(a.csp_paths) if a.csp_paths else None
        print(f"Serving {a.dir}/ on http://127.0.0.1:{a.port}/ (Ctrl+C to stop)", flush=True)
        httpd.serve_forever()


if __name__ == "__main__":
    main()
