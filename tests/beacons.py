"""Readers' browsers sending the view beacon, one at a time or all at once."""

import json
import threading
import urllib.request
from concurrent.futures import ThreadPoolExecutor

BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36"


def beacon(client, page, **headers):
    headers.setdefault("HTTP_USER_AGENT", BROWSER_UA)
    return client.post(f"/api/views/{page.pk}/", **headers)


def beacons_at_once(server_url, page, count, meanwhile=None):
    """``count`` beacons released together through a real server; ``meanwhile`` (if given) runs in
    one more thread released with them. Returns ``[(status, views), …]``."""
    barrier = threading.Barrier(count + (1 if meanwhile else 0))

    def send(_):
        request = urllib.request.Request(f"{server_url}/api/views/{page.pk}/", method="POST", headers={"User-Agent": BROWSER_UA})
        barrier.wait(timeout=30)
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.load(response)["views"]

    def run_meanwhile():
        barrier.wait(timeout=30)
        return meanwhile()

    with ThreadPoolExecutor(max_workers=count + 1) as pool:
        other = pool.submit(run_meanwhile) if meanwhile else None
        results = list(pool.map(send, range(count)))
        if other is not None:
            other.result()
    return results
