# Log parsing with re and json: generate access-log lines deterministically, parse
# them with compiled regexes with groups, aggregate, and round-trip records through
# json.dumps/json.loads.

import json
import re

N = 40000

METHODS = ["GET", "POST", "PUT", "DELETE"]
PATHS = ["/api/users", "/api/orders", "/static/app.js", "/login", "/api/items/42", "/health"]
AGENTS = ["curl/8.1", "Mozilla/5.0 (X11; Linux)", "python-requests/2.31", "Go-http-client/1.1"]


def make_lines(n):
    lines = []
    seed = 12345
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        ip = "10.%d.%d.%d" % (seed % 256, (seed >> 8) % 256, (seed >> 16) % 256)
        method = METHODS[seed % 4]
        path = PATHS[(seed >> 3) % 6]
        status = (200, 200, 200, 301, 404, 500)[(seed >> 5) % 6]
        size = (seed >> 7) % 50000
        ms = (seed >> 11) % 900 + 1
        agent = AGENTS[(seed >> 13) % 4]
        minute = i // 60 % 60
        second = i % 60
        lines.append('%s - - [12/Mar/2024:10:%02d:%02d +0000] "%s %s HTTP/1.1" %d %d "%s" rt=%dms'
                     % (ip, minute, second, method, path, status, size, agent, ms))
    return lines


LINE = re.compile(r'(?P<ip>\d+\.\d+\.\d+\.\d+) - - \[(?P<ts>[^\]]+)\] '
                  r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/[\d.]+" (?P<status>\d{3}) (?P<size>\d+) '
                  r'"(?P<agent>[^"]*)" rt=(?P<rt>\d+)ms')
TIME = re.compile(r'(\d+)/(\w+)/(\d+):(\d+):(\d+):(\d+)')
API = re.compile(r'^/api/(\w+)')


def main():
    lines = make_lines(N)
    by_status = {}
    by_endpoint = {}
    slow = []
    bytes_total = 0
    records = []
    for line in lines:
        m = LINE.match(line)
        if m is None:
            continue
        status = int(m.group("status"))
        by_status[status] = by_status.get(status, 0) + 1
        path = m.group("path")
        a = API.match(path)
        endpoint = a.group(1) if a else "other"
        rt = int(m.group("rt"))
        stats = by_endpoint.get(endpoint)
        if stats is None:
            stats = by_endpoint[endpoint] = [0, 0]
        stats[0] += 1
        stats[1] += rt
        bytes_total += int(m.group("size"))
        if rt > 850:
            t = TIME.search(m.group("ts"))
            slow.append((t.group(4), t.group(5), t.group(6), m.group("method"), path))
        if status >= 400:
            records.append(m.groupdict())
    text = "\n".join(json.dumps(r, sort_keys=True) for r in records)
    decoded = [json.loads(t) for t in text.split("\n")]
    errors_by_ip_prefix = {}
    for r in decoded:
        prefix = r["ip"].rsplit(".", 2)[0]
        errors_by_ip_prefix[prefix] = errors_by_ip_prefix.get(prefix, 0) + 1
    summary = {
        "lines": len(lines),
        "by_status": {str(k): v for k, v in sorted(by_status.items())},
        "endpoints": {k: {"hits": v[0], "avg_ms": round(v[1] / v[0], 2)} for k, v in sorted(by_endpoint.items())},
        "bytes": bytes_total,
        "slow": len(slow),
        "first_slow": slow[:3],
        "errors": len(decoded),
        "top_prefixes": sorted(errors_by_ip_prefix.items(), key=lambda kv: (-kv[1], kv[0]))[:3],
        "masked": re.sub(r"\d+\.\d+\.(\d+)\.(\d+)", r"x.x.\1.\2", lines[0]),
        "words": len(re.findall(r"[A-Za-z]+", lines[1])),
    }
    out = json.dumps(summary, indent=2, sort_keys=True)
    print(out)
    print(json.loads(out) == json.loads(json.dumps(summary)))


main()
