// "Back to the news" returns to the listing the reader came from, with its filters and page.
// The server links the plain index, because the article is cached for every reader; where this
// reader came from is known only here, in their own browser.
(function () {
  "use strict";
  var link = document.querySelector("[data-back-link]");
  if (!link || !document.referrer) return;
  try {
    var from = new URL(document.referrer);
    var index = new URL(link.getAttribute("href"), window.location.href);
    if (from.origin === window.location.origin && from.pathname.indexOf(index.pathname) === 0) {
      link.setAttribute("href", from.pathname + from.search);
    }
  } catch (error) {
    // An unreadable referrer leaves the plain link.
  }
})();
