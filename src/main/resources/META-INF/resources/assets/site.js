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

  // "Load more" appends the next items in place and keeps the reader's place: the address stays
  // the page's own, and what was added is kept for this tab, so a reload or a Back to this page
  // rebuilds the same list and the same scroll position. Without storage it is a plain append.
  var PREFIX = "masthead:river:";
  var KEPT_FOR = 30 * 60 * 1000;
  var page = location.pathname + location.search;
  var storage = null;
  try {
    storage = window.sessionStorage;
    storage.setItem(PREFIX + "probe", "1");
    storage.removeItem(PREFIX + "probe");
  } catch (e) {
    storage = null;
  }

  function rivers() {
    return Array.prototype.slice.call(document.querySelectorAll("[data-river]"));
  }

  function keyOf(river) {
    return PREFIX + page + "#" + rivers().indexOf(river);
  }

  function read(key) {
    try {
      var state = JSON.parse(storage.getItem(key));
      return state && state.at > Date.now() - KEPT_FOR ? state : null;
    } catch (e) {
      return null;
    }
  }

  function write(key, state) {
    try {
      state.at = Date.now();
      storage.setItem(key, JSON.stringify(state));
    } catch (e) {
      // Storage full or refused: the list still grows, it is just not rebuilt after a reload.
    }
  }

  function parse(html) {
    return new DOMParser().parseFromString("<ol>" + html + "</ol>", "text/html");
  }

  // A river's cards carry the heading level of the page they were rendered for; fit them to this one.
  function retitle(node, level) {
    if (!level) { return; }
    node.querySelectorAll(".card__headline, .video-card__title").forEach(function (heading) {
      if (heading.tagName === "H" + level) { return; }
      var replacement = document.createElement("h" + level);
      Array.prototype.forEach.call(heading.attributes, function (a) { replacement.setAttribute(a.name, a.value); });
      while (heading.firstChild) { replacement.appendChild(heading.firstChild); }
      heading.replaceWith(replacement);
    });
  }

  function linkOf(item) {
    var link = item.querySelector("h2 a, h3 a");
    return link ? link.getAttribute("href") : null;
  }

  // Appends the items not listed yet; returns the first one added.
  function append(river, items) {
    var list = river.querySelector("[data-river-list]");
    var shown = {};
    list.querySelectorAll(":scope > li").forEach(function (li) { shown[linkOf(li)] = true; });
    var first = null;
    items.forEach(function (item) {
      var href = linkOf(item);
      if (href && shown[href]) { return; }
      var node = document.importNode(item, true);
      retitle(node, river.getAttribute("data-heading"));
      list.appendChild(node);
      first = first || node;
    });
    return first;
  }

  function replaceHolder(river, html) {
    var holder = river.querySelector(".load-more, .river__empty");
    var next = html ? parse(html).querySelector(".load-more, .river__empty") : null;
    if (next && holder) {
      holder.replaceWith(document.importNode(next, true));
    } else if (next) {
      river.appendChild(document.importNode(next, true));
    } else if (holder) {
      holder.remove();
    }
  }

  // A reload or Back rebuilds what was added; a fresh visit to the page starts from its first items.
  function restore() {
    var navigation = performance.getEntriesByType && performance.getEntriesByType("navigation")[0];
    var returning = navigation ? navigation.type === "reload" || navigation.type === "back_forward"
      : performance.navigation && performance.navigation.type !== 0;
    var restored = false;
    rivers().forEach(function (river) {
      var key = keyOf(river);
      var state = read(key);
      if (!state || !returning) {
        storage.removeItem(key);
        return;
      }
      append(river, Array.prototype.slice.call(parse(state.items.join("")).querySelectorAll("ol > li")));
      replaceHolder(river, state.more);
      restored = true;
    });
    var place = read(PREFIX + page + "#place");
    if (restored && place) {
      if ("scrollRestoration" in history) { history.scrollRestoration = "manual"; }
      // Instant, whatever scroll-behavior a stylesheet sets: the page must not slide to its place.
      window.scrollTo({ top: place.y, left: 0, behavior: "instant" });
    }
  }

  if (storage && window.DOMParser) {
    restore();
    window.addEventListener("pagehide", function () {
      if (rivers().some(function (river) { return storage.getItem(keyOf(river)); })) {
        write(PREFIX + page + "#place", { y: window.scrollY });
      }
    });
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.load-more__link[data-fragment]");
    if (!link || !window.fetch || !window.DOMParser || event.metaKey || event.ctrlKey || event.shiftKey) {
      return;
    }
    var river = link.closest("[data-river]");
    if (!river || !river.querySelector("[data-river-list]")) {
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
        var doc = parse(html);
        var items = Array.prototype.slice.call(doc.querySelectorAll("ol > li"));
        var next = doc.querySelector(".load-more, .river__empty");
        var first = append(river, items);
        replaceHolder(river, next ? next.outerHTML : "");
        if (storage) {
          var key = keyOf(river);
          var state = read(key) || { items: [] };
          items.forEach(function (item) { state.items.push(item.outerHTML); });
          state.more = next ? next.outerHTML : "";
          write(key, state);
        }
        if (first) {
          (first.querySelector("h2 a, h3 a") || first).focus();
        }
      })
      .catch(function () {
        window.location.href = link.getAttribute("href");
      });
  });
})();
