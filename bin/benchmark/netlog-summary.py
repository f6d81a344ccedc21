"""Sums what Chromium downloaded, per file, from a NetLog written with --log-net-log (Python 3, standard library)."""
import json
import sys

log = json.load(open(sys.argv[1]))
names = {number: name for name, number in log["constants"]["logEventTypes"].items()}
requests = {}
for event in log["events"]:
    name = names.get(event["type"])
    params = event.get("params") or {}
    request = requests.setdefault(event["source"]["id"], {})
    if name == "URL_REQUEST_START_JOB" and params.get("url"):
        request["url"] = params["url"]
    elif name == "URL_REQUEST_JOB_BYTES_READ":  # bytes on the wire, before decompression
        request["wire"] = request.get("wire", 0) + params.get("byte_count", 0)
    elif name == "URL_REQUEST_JOB_FILTERED_BYTES_READ":  # bytes after decompression
        request["plain"] = request.get("plain", 0) + params.get("byte_count", 0)

totals = {"js": [0, 0], "css": [0, 0]}
for request in requests.values():
    url = request.get("url", "")
    if not url.startswith("http://localhost"):
        continue
    plain = request.get("plain", 0)
    wire = request.get("wire", plain)  # Chromium logs no wire bytes for an uncompressed answer
    kind = url.split("?")[0].rsplit(".", 1)[-1]
    if kind in totals:
        totals[kind][0] += wire
        totals[kind][1] += plain
print(json.dumps({"js_wire_bytes": totals["js"][0], "js_plain_bytes": totals["js"][1],
                  "css_wire_bytes": totals["css"][0], "css_plain_bytes": totals["css"][1]}))
