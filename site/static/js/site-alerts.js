/* Site alerts: a "Hide this notice" button on each alert. What a reader hid is remembered in
   this browser's localStorage, never in a cookie: a cookie would travel with every request and
   make every page this reader opens uncacheable. An edited alert has a new token and shows again.
   Without JavaScript the alerts simply stay shown. */
(function () {
    "use strict";
    var KEY = "portal-hidden-alerts";
    var hidden = [];
    try {
        hidden = JSON.parse(window.localStorage.getItem(KEY) || "[]");
    } catch (error) {
        hidden = [];
    }

    function remember(token) {
        hidden.push(token);
        try {
            window.localStorage.setItem(KEY, JSON.stringify(hidden.slice(-50)));
        } catch (error) {
            /* Private browsing may refuse storage: the alert is hidden on this page only. */
        }
    }

    Array.prototype.forEach.call(document.querySelectorAll("[data-alert]"), function (alert) {
        var token = alert.getAttribute("data-alert");
        if (hidden.indexOf(token) !== -1) {
            alert.hidden = true;
            return;
        }
        var button = document.createElement("button");
        button.type = "button";
        button.className = "site-alert__hide";
        button.textContent = alert.getAttribute("data-dismiss-label");
        button.addEventListener("click", function () {
            alert.hidden = true;
            remember(token);
        });
        alert.querySelector(".site-alert__body").appendChild(button);
    });
}());
