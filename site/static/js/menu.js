/* The compact header on narrow screens: a "Menu" button (a disclosure, aria-expanded) shows and
   hides the search, the languages and the main menu. Without JavaScript the button stays hidden
   and everything is shown, as on wide screens. Loaded right after the header, not deferred, so the
   header is compact before the first paint instead of collapsing under the reader's eyes. */
(function () {
    "use strict";
    var header = document.querySelector(".site-header");
    var button = header && header.querySelector(".menu-toggle");
    if (!button || !window.matchMedia) {
        return;
    }
    var narrow = window.matchMedia("(max-width: 40rem)");

    function apply() {
        var open = button.getAttribute("aria-expanded") === "true";
        button.hidden = !narrow.matches;
        header.classList.toggle("site-header--collapsed", narrow.matches && !open);
    }

    button.addEventListener("click", function () {
        button.setAttribute("aria-expanded", String(button.getAttribute("aria-expanded") !== "true"));
        apply();
    });
    narrow.addEventListener("change", apply);
    apply();
}());
