/* Gallery lightbox in a native <dialog>: Esc closes, arrow keys and buttons move between
   pictures, focus returns to the thumbnail. Without JavaScript each thumbnail links to the
   full picture. */
(function () {
    "use strict";
    var galleries = document.querySelectorAll("[data-gallery]");
    if (!galleries.length || typeof HTMLDialogElement !== "function") return;
    var lang = document.documentElement.lang;
    var labels = {
        en: ["Close", "Previous picture", "Next picture", "of"],
        uk: ["Закрити", "Попереднє фото", "Наступне фото", "з"],
        et: ["Sulge", "Eelmine pilt", "Järgmine pilt", "/"],
        lt: ["Uždaryti", "Ankstesnė nuotrauka", "Kita nuotrauka", "iš"]
    }[lang] || ["Close", "Previous picture", "Next picture", "of"];

    galleries.forEach(function (gallery) {
        var links = Array.prototype.slice.call(gallery.querySelectorAll("[data-gallery-item]"));
        if (!links.length) return;
        var dialog = document.createElement("dialog");
        dialog.className = "lightbox";
        dialog.setAttribute("aria-label", gallery.querySelector("h2") ? gallery.querySelector("h2").textContent : "");
        dialog.innerHTML =
            '<figure class="lightbox__figure"><img class="lightbox__image" alt=""><figcaption class="lightbox__caption"></figcaption></figure>' +
            '<p class="lightbox__position" aria-live="polite"></p>' +
            '<button type="button" class="lightbox__close"></button>' +
            '<button type="button" class="lightbox__prev"><span aria-hidden="true">←</span></button>' +
            '<button type="button" class="lightbox__next"><span aria-hidden="true">→</span></button>';
        document.body.appendChild(dialog);
        var image = dialog.querySelector(".lightbox__image");
        var caption = dialog.querySelector(".lightbox__caption");
        var position = dialog.querySelector(".lightbox__position");
        var closeButton = dialog.querySelector(".lightbox__close");
        closeButton.textContent = labels[0];
        dialog.querySelector(".lightbox__prev").setAttribute("aria-label", labels[1]);
        dialog.querySelector(".lightbox__next").setAttribute("aria-label", labels[2]);
        var current = 0;
        var opener = null;

        function show(index) {
            current = (index + links.length) % links.length;
            var link = links[current];
            var thumb = link.querySelector("img");
            image.src = link.getAttribute("data-full");
            image.width = parseInt(link.getAttribute("data-width"), 10) || 0;
            image.height = parseInt(link.getAttribute("data-height"), 10) || 0;
            image.alt = thumb ? thumb.alt : "";
            caption.textContent = link.getAttribute("data-caption") || "";
            var credit = link.getAttribute("data-credit");
            if (credit) {
                var span = document.createElement("span");
                span.className = "credit";
                span.textContent = " " + credit;
                caption.appendChild(span);
            }
            position.textContent = (current + 1) + " " + labels[3] + " " + links.length;
        }

        links.forEach(function (link, index) {
            link.addEventListener("click", function (event) {
                event.preventDefault();
                opener = link;
                show(index);
                dialog.showModal();
                closeButton.focus();
            });
        });
        closeButton.addEventListener("click", function () { dialog.close(); });
        dialog.querySelector(".lightbox__prev").addEventListener("click", function () { show(current - 1); });
        dialog.querySelector(".lightbox__next").addEventListener("click", function () { show(current + 1); });
        dialog.addEventListener("keydown", function (event) {
            if (event.key === "ArrowRight") { show(current + 1); event.preventDefault(); }
            if (event.key === "ArrowLeft") { show(current - 1); event.preventDefault(); }
        });
        dialog.addEventListener("click", function (event) { if (event.target === dialog) dialog.close(); });
        dialog.addEventListener("close", function () { if (opener) opener.focus(); });
    });
})();
