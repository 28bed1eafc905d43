// Masthead: progressive enhancement only. Every page works without this file.
(function () {
  "use strict";

  // Count the view with a tiny request of its own, so cached pages still count.
  var article = document.querySelector("[data-view-url]");
  if (article) {
    var url = article.getAttribute("data-view-url");
    if (navigator.sendBeacon) {
      navigator.sendBeacon(url);
    } else if (window.fetch) {
      fetch(url, { method: "POST", keepalive: true, credentials: "omit" });
    }
  }

  // "Load more": append the next page in place, move focus to it, update the address.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.load-more__link[data-fragment]");
    if (!link || !window.fetch || !window.DOMParser || event.metaKey || event.ctrlKey || event.shiftKey) {
      return;
    }
    var river = link.closest("[data-river]");
    var list = river && river.querySelector("[data-river-list]");
    if (!list) {
      return;
    }
    event.preventDefault();
    link.setAttribute("aria-busy", "true");
    fetch(link.getAttribute("data-fragment"), { headers: { Accept: "text/html" }, credentials: "omit" })
      .then(function (response) {
        if (!response.ok) { throw new Error(response.status); }
        return response.text();
      })
      .then(function (html) {
        var doc = new DOMParser().parseFromString("<ol>" + html + "</ol>", "text/html");
        var items = doc.querySelectorAll("ol > li");
        var first = null;
        items.forEach(function (item) {
          var node = document.importNode(item, true);
          list.appendChild(node);
          if (!first) { first = node; }
        });
        var next = doc.querySelector(".load-more, .river__empty");
        var holder = link.closest(".load-more");
        if (next) { holder.replaceWith(document.importNode(next, true)); } else { holder.remove(); }
        history.pushState({}, "", link.getAttribute("href"));
        if (first) {
          var target = first.querySelector("h2 a, h3 a") || first;
          target.focus();
        }
      })
      .catch(function () {
        window.location.href = link.getAttribute("href");
      });
  });
})();
