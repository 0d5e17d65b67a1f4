/* View beacon: counts one view per page per browser session and shows the fresh total.
   The page HTML is cacheable; the count travels in a POST after the page is shown.
   Without JavaScript the counter simply shows the total as of render. */
(function () {
    "use strict";
    var counter = document.querySelector("[data-view-beacon]");
    if (!counter || !window.fetch) return;
    var url = counter.getAttribute("data-view-beacon");
    var key = "portal:viewed:" + counter.getAttribute("data-page-id");
    var output = counter.querySelector("[data-view-count]");
    var format = new Intl.NumberFormat(document.documentElement.lang || undefined);

    function show(total) {
        if (output && typeof total === "number") output.textContent = format.format(total);
    }

    function remembered() {
        try { return JSON.parse(sessionStorage.getItem(key) || "null"); } catch (e) { return null; }
    }

    function send() {
        var seen = remembered();
        if (seen !== null) {
            // A reload in the same session: not a new reader. Show the best total we know.
            var rendered = parseInt((output.textContent || "").replace(/\D/g, ""), 10) || 0;
            show(Math.max(seen, rendered));
            return;
        }
        fetch(url, {method: "POST", keepalive: true, credentials: "same-origin", headers: {"Accept": "application/json"}})
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (data) {
                if (!data) return;
                show(data.views);
                try { sessionStorage.setItem(key, JSON.stringify(data.views)); } catch (e) { /* private mode */ }
            })
            .catch(function () { /* offline: the rendered total stays */ });
    }

    // A prerendered page is not a view until the reader actually opens it.
    if (document.prerendering) {
        document.addEventListener("prerenderingchange", send, {once: true});
    } else {
        send();
    }
})();
