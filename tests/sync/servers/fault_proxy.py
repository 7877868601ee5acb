#!/usr/bin/python3
"""Fault-injecting HTTP/1.1 reverse proxy for sync tests (standard library only).

    fault_proxy.py --listen PORT --target HOST:PORT --control FILE
                   [--listen-host 127.0.0.1] [--log FILE] [--pid-file FILE] [--timeout S]

Clients talk to 127.0.0.1:PORT as if it were the server; every request is forwarded to
http://HOST:PORT (Host and all other headers unchanged, so Destination headers stay valid:
Apache and nginx compare only scheme, and nginx the host, not the port). Each connection
carries one request: the proxy answers "Connection: close" and sends "Connection: close"
upstream. Request bodies may use Content-Length or chunked encoding (forwarded as they came);
"Expect: 100-continue" is answered by the proxy itself.

The control FILE is read on every request, so a test can switch faults while clients run.
Write it atomically (write a temporary file, then rename; set_fault.sh does). A missing or
unreadable file means "pass". When the file changes (content, inode or time stamps), the
random generator is re-seeded and the fault counter reset; to force that even for the same
content written twice within a few milliseconds, add a changing key, e.g. "id": 7. JSON keys:

  mode         "pass" (default)  forward unchanged
               "drop"            close the connection without answering. "phase": "before"
                                 (default: the server never sees the request) or "after" (the
                                 server handles it, the answer is lost -- e.g. a PUT that
                                 succeeded although the client saw an error)
               "delay"           wait "ms" milliseconds (default 1000), then forward
               "status"          answer "code" (default 503) without forwarding; optional
                                 "retry_after" (Retry-After header value), "headers" (object),
                                 "body" (text)
               "truncate"        forward, then send the status line and headers with the full
                                 Content-Length but only "fraction" (default 0.5) of the body,
                                 and close. An empty body: half of the header block is sent.
               "garbage"         PROPFIND: answer 207 Multi-Status, Content-Type application/xml,
                                 with a body that is not XML (not forwarded). Any other method
                                 (GET...): forward, keep status and headers, replace the body
                                 by random bytes of the same length (64 bytes if it was empty).
  probability  0..1 (default 1): chance that a matching request gets the fault
  seed         seed of the random generator (default 0): with requests in the same order
               the same requests get the fault
  methods      optional list, e.g. ["PUT"]: only these methods are candidates
  path_prefix  optional: only paths starting with this are candidates
  path_regex   optional: only paths matching this (re.search) are candidates
  count        optional: at most this many faults after the file changed, then pass

Log: one line per request on stderr (and appended to --log FILE):
  time client METHOD path mode=... status=... upstream=... bytes=... ms=...
status "-" means the client got no status line.
"""

import argparse
import http
import json
import os
import random
import re
import socket
import socketserver
import sys
import threading
import time

MAX_HEADER = 64 * 1024
HOP_HEADERS = {"connection", "keep-alive", "proxy-connection", "te", "upgrade", "expect"}


class BadRequest(Exception):
    pass


# --------------------------------------------------------------------------- control
class Control:
    """The fault settings, re-read from the control file on every request."""

    def __init__(self, path, log):
        self.path = path
        self.log = log
        self.lock = threading.Lock()
        self.raw = None
        self.cfg = {"mode": "pass"}
        self.rng = random.Random(0)
        self.faults = 0

    def _load(self):
        try:
            with open(self.path, "rb") as f:
                st = os.fstat(f.fileno())
                raw = f.read()
            sig = (raw, st.st_dev, st.st_ino, st.st_mtime_ns, st.st_ctime_ns)
        except OSError:
            raw = b""
            sig = (raw,)
        if sig == self.raw:
            return
        self.raw = sig
        cfg = {"mode": "pass"}
        if raw.strip():
            try:
                cfg = json.loads(raw.decode("utf-8"))
                if not isinstance(cfg, dict):
                    raise ValueError("not a JSON object")
            except (ValueError, UnicodeDecodeError) as e:
                self.log("control file %s unreadable (%s): pass" % (self.path, e))
                cfg = {"mode": "pass"}
        self.cfg = cfg
        self.rng = random.Random(cfg.get("seed", 0))
        self.faults = 0

    def decide(self, method, path):
        """Returns (cfg, mode, note); mode is "pass" when no fault applies."""
        with self.lock:
            self._load()
            cfg = self.cfg
            mode = str(cfg.get("mode", "pass"))
            if mode == "pass":
                return cfg, "pass", ""
            methods = cfg.get("methods")
            if methods and method.upper() not in [m.upper() for m in methods]:
                return cfg, "pass", "(method)"
            if cfg.get("path_prefix") and not path.startswith(cfg["path_prefix"]):
                return cfg, "pass", "(path)"
            if cfg.get("path_regex") and not re.search(cfg["path_regex"], path):
                return cfg, "pass", "(path)"
            count = cfg.get("count")
            if count is not None and self.faults >= int(count):
                return cfg, "pass", "(count)"
            prob = float(cfg.get("probability", 1.0))
            if prob < 1.0 and self.rng.random() >= prob:
                return cfg, "pass", "(probability)"
            self.faults += 1
            return cfg, mode, ""

    def random_bytes(self, n):
        with self.lock:
            return self.rng.randbytes(n)


# --------------------------------------------------------------------------- HTTP I/O
def read_head(rfile):
    """Reads a start line + headers. Returns (start_line, [(name, value)], raw_bytes)."""
    lines = []
    total = 0
    while True:
        line = rfile.readline(MAX_HEADER + 1)
        if not line:
            if not lines:
                return None, None, b""
            raise BadRequest("connection closed inside the header")
        total += len(line)
        if total > MAX_HEADER:
            raise BadRequest("header too large")
        if line in (b"\r\n", b"\n"):
            if not lines:      # tolerate empty lines before a request (RFC 7230 3.5)
                continue
            break
        lines.append(line)
    start = lines[0].decode("latin-1").rstrip("\r\n")
    headers = []
    for raw in lines[1:]:
        text = raw.decode("latin-1").rstrip("\r\n")
        if text[:1] in (" ", "\t") and headers:          # obsolete line folding
            name, value = headers[-1]
            headers[-1] = (name, value + " " + text.strip())
            continue
        if ":" not in text:
            raise BadRequest("bad header line %r" % text)
        name, value = text.split(":", 1)
        headers.append((name.strip(), value.strip()))
    return start, headers, b"".join(lines)


def header(headers, name, default=None):
    name = name.lower()
    for n, v in headers:
        if n.lower() == name:
            return v
    return default


def is_chunked(headers):
    te = header(headers, "transfer-encoding", "")
    return "chunked" in te.lower()


def read_chunked_raw(rfile):
    """Reads a chunked body; returns (raw bytes as sent, decoded bytes)."""
    raw = bytearray()
    data = bytearray()
    while True:
        line = rfile.readline(1024)
        if not line:
            raise BadRequest("connection closed inside a chunked body")
        raw += line
        size_text = line.split(b";", 1)[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            raise BadRequest("bad chunk size %r" % line)
        if size == 0:
            while True:                                   # trailers, then an empty line
                t = rfile.readline(MAX_HEADER)
                if not t:
                    raise BadRequest("connection closed in chunk trailer")
                raw += t
                if t in (b"\r\n", b"\n"):
                    return bytes(raw), bytes(data)
        chunk = read_exact(rfile, size)
        data += chunk
        raw += chunk
        crlf = rfile.readline(1024)
        if crlf not in (b"\r\n", b"\n"):
            raise BadRequest("missing CRLF after a chunk")
        raw += crlf


def read_exact(rfile, n):
    parts = []
    while n > 0:
        part = rfile.read(min(n, 1 << 16))
        if not part:
            raise BadRequest("connection closed inside a body")
        parts.append(part)
        n -= len(part)
    return b"".join(parts)


def read_body(rfile, headers):
    """Request body: returns raw bytes exactly as they are to be forwarded."""
    if is_chunked(headers):
        raw, _ = read_chunked_raw(rfile)
        return raw
    cl = header(headers, "content-length")
    if cl is None:
        return b""
    try:
        n = int(cl)
    except ValueError:
        raise BadRequest("bad Content-Length %r" % cl)
    return read_exact(rfile, n)


def reason(code):
    try:
        return http.HTTPStatus(code).phrase
    except ValueError:
        return "Fault"


class Upstream:
    def __init__(self, host, port, timeout):
        self.host, self.port, self.timeout = host, port, timeout

    def exchange(self, method, head_lines, body):
        """Sends one request, returns (status, start_line, headers, body bytes decoded)."""
        s = socket.create_connection((self.host, self.port), timeout=self.timeout)
        try:
            s.sendall(head_lines + body)
            rfile = s.makefile("rb")
            while True:
                start, headers, _ = read_head(rfile)
                if start is None:
                    raise BadRequest("upstream closed without answering")
                parts = start.split(" ", 2)
                status = int(parts[1])
                if 100 <= status < 200 and status != 101:
                    continue                              # interim answer: skip it
                break
            if method == "HEAD" or status in (204, 304) or 100 <= status < 200:
                data = b""
            elif is_chunked(headers):
                _, data = read_chunked_raw(rfile)
            elif header(headers, "content-length") is not None:
                data = read_exact(rfile, int(header(headers, "content-length")))
            else:
                data = rfile.read()                       # until upstream closes
            return status, start, headers, data
        finally:
            s.close()


# --------------------------------------------------------------------------- server
class Handler(socketserver.BaseRequestHandler):
    server: "ProxyServer"

    def handle(self):
        srv = self.server
        sock = self.request
        sock.settimeout(srv.timeout)
        t0 = time.monotonic()
        client = "%s:%d" % self.client_address[:2]
        method, path, mode, status, upstream_status, nbytes = "-", "-", "-", "-", "-", 0
        shown_mode = "-"
        rfile = sock.makefile("rb")
        try:
            try:
                start, headers, _ = read_head(rfile)
            except (BadRequest, OSError) as e:
                mode = "bad-request(%s)" % e
                return
            if start is None:
                mode = "no-request"
                return
            parts = start.split(" ")
            if len(parts) != 3:
                self.send_simple(400, "bad request line\n")
                status, mode = 400, "bad-request"
                return
            method, path, version = parts
            cfg, mode, note = srv.control.decide(method, path)
            shown_mode = mode + note
            expect = (header(headers, "expect", "") or "").lower() == "100-continue"
            has_body = is_chunked(headers) or header(headers, "content-length") not in (None, "0")

            # Faults that answer without the server: decide before reading the body.
            if mode == "status":
                code = int(cfg.get("code", 503))
                if has_body and not expect:
                    read_body(rfile, headers)             # drain, so the client sees the answer
                extra = [(k, str(v)) for k, v in (cfg.get("headers") or {}).items()]
                if cfg.get("retry_after") is not None:
                    extra.append(("Retry-After", str(cfg["retry_after"])))
                body = cfg.get("body", "fault_proxy: injected %d\n" % code)
                nbytes = self.send_simple(code, body, extra, head_only=(method == "HEAD"))
                status = code
                return
            phase = str(cfg.get("phase", "before"))
            if mode == "drop" and phase != "after":
                if has_body and not expect:
                    read_body(rfile, headers)
                shown_mode = "drop(before)"
                return
            if mode == "garbage" and method.upper() == "PROPFIND":
                if has_body and not expect:
                    read_body(rfile, headers)
                junk = b"this is not XML <D:multistatus <<< \x00\xff garbage &&& ]]>\n" + \
                    srv.control.random_bytes(64)
                nbytes = self.send_raw(207, [("Content-Type", 'application/xml; charset="utf-8"')],
                                       junk)
                status = 207
                return

            if expect and has_body:
                sock.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
            body = read_body(rfile, headers) if has_body else b""

            if mode == "delay":
                time.sleep(float(cfg.get("ms", 1000)) / 1000.0)
                shown_mode = "delay(%sms)" % cfg.get("ms", 1000)

            head = ["%s %s HTTP/1.1" % (method, path)]
            for n, v in headers:
                if n.lower() in HOP_HEADERS:
                    continue
                head.append("%s: %s" % (n, v))
            head.append("Connection: close")
            head_bytes = ("\r\n".join(head) + "\r\n\r\n").encode("latin-1")
            try:
                ustatus, ustart, uheaders, udata = srv.upstream.exchange(method.upper(), head_bytes, body)
            except (OSError, BadRequest, ValueError) as e:
                nbytes = self.send_simple(502, "fault_proxy: upstream failed: %s\n" % e)
                status, shown_mode = 502, shown_mode + "+upstream-error"
                return
            upstream_status = ustatus

            if mode == "drop":                            # phase "after"
                shown_mode = "drop(after)"
                return

            out_headers = [(n, v) for n, v in uheaders
                           if n.lower() not in HOP_HEADERS and n.lower() != "transfer-encoding"
                           and n.lower() != "content-length"]
            no_body = method.upper() == "HEAD" or ustatus in (204, 304)
            if no_body:
                cl = header(uheaders, "content-length")
                if cl is not None and ustatus != 204:
                    out_headers.append(("Content-Length", cl))
            if mode == "garbage" and not no_body:
                udata = srv.control.random_bytes(len(udata) or 64)
            if not no_body:
                out_headers.append(("Content-Length", str(len(udata))))
            out_headers.append(("Connection", "close"))
            reason_text = ustart.split(" ", 2)[2] if len(ustart.split(" ", 2)) == 3 else reason(ustatus)
            head_out = ("HTTP/1.1 %d %s\r\n" % (ustatus, reason_text) +
                        "".join("%s: %s\r\n" % hv for hv in out_headers) + "\r\n").encode("latin-1")

            if mode == "truncate":
                frac = float(cfg.get("fraction", 0.5))
                if udata and not no_body:
                    part = udata[:int(len(udata) * frac)]
                    sock.sendall(head_out + part)
                    nbytes = len(part)
                    status = ustatus
                    shown_mode = "truncate(%d/%d)" % (len(part), len(udata))
                else:
                    sock.sendall(head_out[:len(head_out) // 2])
                    status = "-"
                    shown_mode = "truncate(head)"
                return

            if no_body:
                udata = b""
            sock.sendall(head_out + udata)
            nbytes = len(udata)
            status = ustatus
        except BadRequest as e:
            shown_mode = "bad-request(%s)" % e
        except OSError as e:
            shown_mode = "client-error(%s)" % e
        finally:
            try:
                rfile.close()
            except OSError:
                pass
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            ms = (time.monotonic() - t0) * 1000.0
            m = shown_mode if shown_mode != "-" else mode
            srv.log_line("%s %s %s mode=%s status=%s upstream=%s bytes=%d ms=%.0f" %
                         (client, method, path, m, status, upstream_status, nbytes, ms))

    def send_raw(self, code, headers, body, head_only=False):
        lines = ["HTTP/1.1 %d %s" % (code, reason(code))]
        lines += ["%s: %s" % hv for hv in headers]
        lines += ["Content-Length: %d" % len(body), "Connection: close"]
        data = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        if not head_only:
            data += body
        self.request.sendall(data)
        return 0 if head_only else len(body)

    def send_simple(self, code, text, extra=(), head_only=False):
        body = text.encode("utf-8") if isinstance(text, str) else text
        return self.send_raw(code, [("Content-Type", "text/plain; charset=utf-8")] + list(extra),
                             body, head_only)


class ProxyServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True
    request_queue_size = 64

    def __init__(self, addr, control, upstream, timeout, logfile):
        self.control = control
        self.upstream = upstream
        self.timeout = timeout
        self.logfile = logfile
        self.log_lock = threading.Lock()
        super().__init__(addr, Handler)

    def log_line(self, text):
        line = "%s %s\n" % (time.strftime("%H:%M:%S"), text)
        with self.log_lock:
            try:
                sys.stderr.write(line)
                sys.stderr.flush()
            except OSError:
                pass
            if self.logfile:
                try:
                    with open(self.logfile, "a", encoding="utf-8") as f:
                        f.write(line)
                except OSError:
                    pass


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--listen", type=int, required=True, help="port on 127.0.0.1 (or --listen-host)")
    ap.add_argument("--listen-host", default="127.0.0.1")
    ap.add_argument("--target", required=True, help="HOST:PORT of the real server (plain http)")
    ap.add_argument("--control", required=True, help="JSON control file, read on every request")
    ap.add_argument("--log", help="also append log lines to this file")
    ap.add_argument("--pid-file", help="write the process id here")
    ap.add_argument("--timeout", type=float, default=60.0, help="socket timeout in seconds")
    args = ap.parse_args()

    host, _, port = args.target.rpartition(":")
    if not host or not port.isdigit():
        ap.error("--target must be HOST:PORT")
    control = Control(args.control, lambda msg: None)
    server = ProxyServer((args.listen_host, args.listen), control,
                         Upstream(host, int(port), args.timeout), args.timeout, args.log)
    control.log = server.log_line
    log = server.log_line
    if args.pid_file:
        with open(args.pid_file, "w") as f:
            f.write("%d\n" % os.getpid())
    log("fault_proxy listening on %s:%d -> %s, control %s" %
        (args.listen_host, args.listen, args.target, args.control))
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
