// Masthead newsroom: enhancements of pages that work without this script.
// Autosave, unsaved-changes warning, Markdown toolbar, live preview, word count,
// image picker and suggestions on the article form. No inline code: the page's CSP holds.
(function () {
  "use strict";

  var form = document.getElementById("article-form");
  if (!form) {
    return;
  }
  var body = form.querySelector("#body");
  var editor = form.querySelector(".editor");
  var status = form.querySelector(".autosave-status");
  var csrf = form.querySelector("input[name=csrf-token]");
  var dirty = false;
  var submitting = false;
  var autosaveTimer = null;
  var previewTimer = null;

  function fields(includeFiles) {
    var data = new FormData(form);
    if (!includeFiles) {
      var plain = new URLSearchParams();
      data.forEach(function (value, key) {
        if (typeof value === "string") {
          plain.append(key, value);
        }
      });
      return plain;
    }
    return data;
  }

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function autosave() {
    var url = form.getAttribute("data-autosave");
    if (!url) {
      return;
    }
    fetch(url, { method: "POST", body: fields(false), credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.text();
      })
      .then(function (outcome) {
        var time = new Date().toLocaleTimeString();
        say(outcome === "behind"
          ? "Your words are kept (" + time + "). Someone else has saved this piece meanwhile: saving will show you both."
          : "Your words are kept (" + time + "). Save to make them the piece's text.");
      })
      .catch(function () {
        say("Could not keep a copy just now; your words are still here. Save when you can.");
      });
  }

  function changed() {
    dirty = true;
    window.clearTimeout(autosaveTimer);
    autosaveTimer = window.setTimeout(autosave, 3000);
  }

  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  form.addEventListener("submit", function () {
    submitting = true;
    window.clearTimeout(autosaveTimer);
  });
  window.addEventListener("beforeunload", function (event) {
    if (dirty && !submitting) {
      autosave();
      event.preventDefault();
      event.returnValue = "";
    }
  });

  // ---- Word count, as the server counts (WordCount.java) ----
  var count = form.querySelector("#body-count");
  function countWords() {
    if (!count || !body) {
      return;
    }
    var words = body.value.replace(/!\[[^\]]*\]\([^)]*\)/g, " ").trim().split(/\s+/)
      .filter(function (w) { return /[\p{L}\p{N}]/u.test(w); }).length;
    var minutes = words === 0 ? 0 : Math.max(1, Math.round(words / 230));
    count.textContent = words + " words · about " + minutes + " min read";
  }

  // ---- Live preview through the server's own Markdown and sanitizer ----
  var preview = null;
  function refreshPreview() {
    if (!preview || !editor) {
      return;
    }
    var data = new URLSearchParams();
    data.append("body", body.value);
    data.append("csrf-token", csrf ? csrf.value : "");
    fetch(editor.getAttribute("data-preview-url"), { method: "POST", body: data, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        // The server's sanitizer made this HTML, as it does for every saved body.
        preview.innerHTML = html;
      })
      .catch(function () { /* the preview waits for the next keystroke */ });
  }

  // ---- Markdown toolbar ----
  function wrap(before, after, placeholder) {
    var start = body.selectionStart;
    var end = body.selectionEnd;
    var chosen = body.value.substring(start, end) || placeholder;
    body.setRangeText(before + chosen + after, start, end, "select");
    body.setSelectionRange(start + before.length, start + before.length + chosen.length);
    body.focus();
    body.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function prefixLines(prefix) {
    var start = body.value.lastIndexOf("\n", body.selectionStart - 1) + 1;
    var end = body.selectionEnd;
    var lines = body.value.substring(start, end).split("\n").map(function (line) { return prefix + line; }).join("\n");
    body.setRangeText(lines, start, end, "end");
    body.focus();
    body.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function insertAtCursor(text) {
    var start = body.selectionStart;
    var before = body.value.substring(0, start);
    var gap = before === "" || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
    body.setRangeText(gap + text + "\n\n", start, body.selectionEnd, "end");
    body.focus();
    body.dispatchEvent(new Event("input", { bubbles: true }));
  }

  var tools = [
    ["Bold", function () { wrap("**", "**", "bold text"); }],
    ["Italic", function () { wrap("_", "_", "italic text"); }],
    ["Link", function () { wrap("[", "](https://)", "link text"); }],
    ["Subhead", function () { prefixLines("## "); }],
    ["Quote", function () { prefixLines("> "); }],
    ["List", function () { prefixLines("- "); }],
    ["Image", function () { openPicker(); }]
  ];

  if (editor && body) {
    var bar = document.createElement("div");
    bar.className = "editor__toolbar";
    bar.setAttribute("role", "toolbar");
    bar.setAttribute("aria-label", "Formatting");
    bar.setAttribute("aria-controls", "body");
    tools.forEach(function (tool) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "button button--quiet editor__tool";
      button.textContent = tool[0];
      button.addEventListener("click", tool[1]);
      bar.appendChild(button);
    });
    var bodyField = body.closest(".field");
    bodyField.insertBefore(bar, body);

    var heading = document.createElement("h2");
    heading.className = "editor__preview-title";
    heading.id = "preview-title";
    heading.textContent = "Live preview";
    preview = document.createElement("div");
    preview.className = "editor__preview article-body";
    preview.setAttribute("aria-labelledby", "preview-title");
    preview.setAttribute("role", "region");
    preview.setAttribute("aria-live", "off");
    editor.appendChild(heading);
    editor.appendChild(preview);

    body.addEventListener("input", function () {
      countWords();
      window.clearTimeout(previewTimer);
      previewTimer = window.setTimeout(refreshPreview, 600);
    });
    refreshPreview();
  }

  // ---- Image picker: the media library in a dialog ----
  var dialog = null;
  function loadLibrary(query) {
    var results = dialog.querySelector(".picker__results");
    var url = editor.getAttribute("data-media-url") + (query ? "?q=" + encodeURIComponent(query) : "");
    fetch(url, { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        // A newsroom page fragment, escaped by the server's templates.
        results.innerHTML = html;
      })
      .catch(function () { results.textContent = "The library could not be loaded."; });
  }

  function buildDialog() {
    dialog = document.createElement("dialog");
    dialog.className = "picker";
    dialog.setAttribute("aria-labelledby", "picker-title");
    dialog.innerHTML =
      '<h2 id="picker-title">Insert an image</h2>' +
      '<form class="picker__search" method="dialog"><p class="field"><label for="picker-q">Search the media library</label>' +
      '<input id="picker-q" type="search"></p><p><button class="button" type="submit" value="search">Find</button></p></form>' +
      '<div class="picker__results"></div>' +
      '<form class="picker__upload form"><h3>Or upload a new one</h3>' +
      '<p class="field"><label for="picker-file">Image</label><input id="picker-file" type="file" accept="image/jpeg,image/png,image/gif,image/webp"></p>' +
      '<p class="field"><label for="picker-alt">Alt text <span class="field__hint">(what the picture shows)</span></label><input id="picker-alt" maxlength="400"></p>' +
      '<p class="field"><label for="picker-caption">Caption</label><input id="picker-caption" maxlength="600"></p>' +
      '<p class="field"><label for="picker-credit">Credit</label><input id="picker-credit" maxlength="200"></p>' +
      '<p class="picker__problem field__error" role="alert" hidden></p>' +
      '<p class="actions"><button class="button" type="submit">Upload and insert</button>' +
      '<button class="button button--quiet picker__close" type="button">Close</button></p></form>';
    document.body.appendChild(dialog);
    dialog.querySelector(".picker__search").addEventListener("submit", function (event) {
      event.preventDefault();
      loadLibrary(dialog.querySelector("#picker-q").value);
    });
    dialog.querySelector(".picker__close").addEventListener("click", function () { dialog.close(); });
    dialog.addEventListener("click", function (event) {
      var insert = event.target.closest(".media-grid__insert");
      if (insert) {
        dialog.close();
        insertAtCursor(insert.getAttribute("data-markdown"));
      }
      var more = event.target.closest(".media-more");
      if (more) {
        event.preventDefault();
        loadLibrary(dialog.querySelector("#picker-q").value);
      }
    });
    dialog.querySelector(".picker__upload").addEventListener("submit", uploadFromPicker);
  }

  function uploadFromPicker(event) {
    event.preventDefault();
    var problem = dialog.querySelector(".picker__problem");
    var data = new FormData();
    var file = dialog.querySelector("#picker-file").files[0];
    if (file) {
      data.append("image", file);
    }
    data.append("alt", dialog.querySelector("#picker-alt").value);
    data.append("caption", dialog.querySelector("#picker-caption").value);
    data.append("credit", dialog.querySelector("#picker-credit").value);
    data.append("csrf-token", csrf ? csrf.value : "");
    fetch("/admin/media", { method: "POST", body: data, credentials: "same-origin", headers: { "Accept": "text/plain" } })
      .then(function (response) {
        return response.text().then(function (text) { return { ok: response.ok, text: text }; });
      })
      .then(function (answer) {
        if (!answer.ok) {
          problem.textContent = answer.text;
          problem.hidden = false;
          return;
        }
        problem.hidden = true;
        dialog.close();
        insertAtCursor(answer.text);
      })
      .catch(function () {
        problem.textContent = "The upload did not reach the server. Please try again.";
        problem.hidden = false;
      });
  }

  function openPicker() {
    if (!dialog) {
      buildDialog();
    }
    loadLibrary("");
    dialog.showModal();
    dialog.querySelector("#picker-q").focus();
  }

  // ---- Suggestions for comma-separated names (byline, tags) ----
  Array.prototype.forEach.call(form.querySelectorAll("input[list]"), function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    if (!list || !list.getAttribute("data-suggest")) {
      return;
    }
    var timer = null;
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        var parts = input.value.split(",");
        var typed = parts.pop().trim();
        var kept = parts.map(function (p) { return p.trim(); }).filter(Boolean);
        if (typed.length < 1) {
          return;
        }
        fetch(list.getAttribute("data-suggest") + "?q=" + encodeURIComponent(typed), { credentials: "same-origin" })
          .then(function (response) { return response.ok ? response.text() : ""; })
          .then(function (text) {
            list.textContent = "";
            text.split("\n").filter(Boolean).forEach(function (line) {
              var cells = line.split("\t");
              var option = document.createElement("option");
              option.value = kept.concat([cells[0]]).join(", ");
              if (cells[1]) {
                option.label = cells[0] + " (" + cells[1] + ")";
              }
              list.appendChild(option);
            });
          });
      }, 200);
    });
  });
}());
