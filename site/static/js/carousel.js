/* Carousel: a horizontally scrolling list of cards with previous/next buttons.
   Without JavaScript it is a plain list; the buttons stay hidden. Keyboard users tab through
   the cards (the focused card scrolls into view) or use the arrow keys on the track. */
(function () {
    "use strict";
    var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

    function setup(carousel) {
        var track = carousel.querySelector("[data-carousel-track]");
        var controls = carousel.querySelector("[data-carousel-controls]");
        var prev = carousel.querySelector("[data-carousel-prev]");
        var next = carousel.querySelector("[data-carousel-next]");
        if (!track || !controls) return;
        carousel.classList.add("carousel--enhanced");

        function step() {
            var item = track.querySelector(".carousel__item");
            return item ? item.getBoundingClientRect().width + 16 : track.clientWidth;
        }
        function scrollByItems(direction) {
            track.scrollBy({left: direction * step(), behavior: reduceMotion ? "auto" : "smooth"});
        }
        function update() {
            var overflow = track.scrollWidth - track.clientWidth > 4;
            controls.hidden = !overflow;
            prev.disabled = track.scrollLeft <= 4;
            next.disabled = track.scrollLeft >= track.scrollWidth - track.clientWidth - 4;
        }
        prev.addEventListener("click", function () { scrollByItems(-1); });
        next.addEventListener("click", function () { scrollByItems(1); });
        track.addEventListener("keydown", function (event) {
            if (event.key === "ArrowRight") { scrollByItems(1); event.preventDefault(); }
            if (event.key === "ArrowLeft") { scrollByItems(-1); event.preventDefault(); }
        });
        track.addEventListener("focusin", function (event) {
            var item = event.target.closest(".carousel__item");
            if (item) item.scrollIntoView({block: "nearest", inline: "nearest", behavior: reduceMotion ? "auto" : "smooth"});
        });
        track.addEventListener("scroll", update, {passive: true});
        window.addEventListener("resize", update);
        update();
    }

    document.querySelectorAll("[data-carousel]").forEach(setup);
})();
