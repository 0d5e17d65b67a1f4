/* Gallery lightbox in a native <dialog>: Esc closes, arrow keys and buttons move between
   pictures, focus returns to the thumbnail. Without JavaScript each thumbnail links to the
   full picture. */
(function () {
    "use strict";
    var galleries = document.querySelectorAll("[data-gallery]");
    if (!galleries.length || typeof HTMLDialogElement !== "function") return;
    galleries.forEach(function (gallery) {
        var links = Array.prototype.slice.call(gallery.querySelectorAll("[data-gallery-item]"));
        if (!links.length) return;
        // The labels come translated from the template (components/gallery.html).
        var labels = {
            close: gallery.getAttribute("data-label-close") || "Close",
            previous: gallery.getAttribute("data-label-previous") || "Previous picture",
            next: gallery.getAttribute("data-label-next") || "Next picture",
            position: gallery.getAttribute("data-label-position") || "{n} of {total}"
        };
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
        closeButton.textContent = labels.close;
        dialog.querySelector(".lightbox__prev").setAttribute("aria-label", labels.previous);
        dialog.querySelector(".lightbox__next").setAttribute("aria-label", labels.next);
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
            position.textContent = labels.position.replace("{n}", current + 1).replace("{total}", links.length);
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
