// The search box on every page and the results page. Queries run in a Web Worker (search-worker.js) that fetches
// only the parts of the index a query needs, so the page never waits for an index to load or a query to run.
(function () {
  "use strict";
  var MAX_RESULTS_DROPDOWN = 8;
  var RESULTS_PAGE_SIZE = 20;

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  /** One worker per page, started on first use; answers arrive in order of the requests that asked. */
  function SearchClient(form) {
    this.form = form;
    this.worker = null;
    this.pending = Object.create(null);
    this.next = 0;
  }

  SearchClient.prototype.start = function () {
    if (this.worker) {
      return;
    }
    var pending = this.pending;
    this.worker = new Worker(this.form.getAttribute("data-worker-url"));
    this.worker.onmessage = function (event) {
      var request = pending[event.data.id];
      delete pending[event.data.id];
      if (request) {
        if (event.data.error) {
          request.reject(new Error(event.data.error));
        } else {
          request.resolve(event.data);
        }
      }
    };
    var self = this;
    this.worker.onerror = function () {
      Object.keys(pending).forEach(function (id) {
        pending[id].reject(new Error("search worker failed"));
        delete pending[id];
      });
      // The next query starts a new worker: a reader back online need not reload the page.
      self.worker.terminate();
      self.worker = null;
    };
    this.worker.postMessage({ manifestUrl: new URL(this.form.getAttribute("data-index-url"), document.baseURI).href });
  };

  /**
   * Promise of {total, results, stale} for results offset … offset + limit of a query.
   *
   * @param supersedes true when this query replaces the previous superseding one, whose answer is then not needed
   */
  SearchClient.prototype.search = function (query, offset, limit, supersedes) {
    var self = this;
    return new Promise(function (resolve, reject) {
      try {
        self.start();
      } catch (e) {
        reject(e);
        return;
      }
      var id = ++self.next;
      self.pending[id] = { resolve: resolve, reject: reject };
      self.worker.postMessage({ id: id, query: query, offset: offset, limit: limit, supersedes: Boolean(supersedes) });
    });
  };

  /** The search box of the header: a dropdown of results as the reader types, or, on the results page, the page. */
  function enhance(doc) {
    var form = doc.querySelector("form.site-search");
    if (!form) {
      return;
    }
    var input = form.querySelector("input[name=q]");
    var messages = {
      loading: form.getAttribute("data-msg-loading"),
      empty: form.getAttribute("data-msg-empty"),
      count: form.getAttribute("data-msg-count"),
      closest: form.getAttribute("data-msg-closest"),
      all: form.getAttribute("data-msg-all"),
      failed: form.getAttribute("data-msg-failed"),
      dropdownEmpty: form.getAttribute("data-msg-dropdown-empty"),
      dropdownFailed: form.getAttribute("data-msg-dropdown-failed"),
      documents: form.getAttribute("data-msg-documents")
    };
    var client = new SearchClient(form);
    var homeUrl = form.getAttribute("data-home-url");

    function absolute(results) {
      return results.map(function (result) {
        result.url = homeUrl + result.url;
        return result;
      });
    }

    // "/" focuses the search box from anywhere on the page.
    doc.addEventListener("keydown", function (event) {
      var target = event.target;
      var typing = target && (target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName));
      if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.focus();
      }
    });
    input.addEventListener("focus", function () {
      try {
        client.start();
      } catch (e) {
        // reported by the first query
      }
    });

    var page = doc.querySelector("[data-search-page]");
    var onQuery = page ? resultsPage(page) : dropdown();
    // Every keystroke searches at once (the worker drops what a newer keystroke replaces); while an input method
    // composes a Chinese word, its Latin letters are not a query yet.
    input.addEventListener("input", function (event) {
      if (!event.isComposing) {
        onQuery();
      }
    });
    input.addEventListener("compositionend", function () {
      onQuery();
    });

    /** The results as a combobox popup under the box; returns what to do when the query changes. */
    function dropdown() {
      var popup = form.querySelector(".search-dropdown");
      var listbox = popup.querySelector("[role=listbox]");
      var note = popup.querySelector(".search-dropdown__note");
      var status = form.querySelector(".site-search__status");
      var active = -1;
      var latest = 0;
      // Whether the reader is using the box: results that arrive after focus has left don't reopen the popup.
      var engaged = false;
      var shown = { query: "", state: "done", results: [], total: 0 };

      function link(className, href, text) {
        var a = doc.createElement("a");
        a.className = className;
        a.href = href;
        a.textContent = text;
        return a;
      }

      function paragraph(className, text) {
        var p = doc.createElement("p");
        p.className = className;
        p.textContent = text;
        return p;
      }

      function render() {
        var query = shown.query.trim();
        listbox.innerHTML = "";
        note.innerHTML = "";
        active = -1;
        shown.results.forEach(function (result, i) {
          var option = doc.createElement("a");
          option.id = "site-search-option-" + i;
          option.className = "search-result";
          option.tabIndex = -1; // reached with the arrow keys, not with Tab (the combobox pattern)
          option.setAttribute("role", "option");
          option.setAttribute("aria-selected", "false");
          option.setAttribute("lang", result.lang);
          option.href = result.url;
          option.innerHTML = "<span class=\"search-result__title\">" + result.titleHtml + "</span>" +
            "<span class=\"search-result__snippet\">" + result.snippetHtml + "</span>";
          listbox.appendChild(option);
        });
        listbox.hidden = shown.results.length === 0;
        var documents = link("search-more", form.getAttribute("data-documents-url"), messages.documents);
        if (shown.state === "loading") {
          var loading = paragraph("search-loading", messages.loading);
          loading.insertBefore(doc.createElement("span"), loading.firstChild).className = "search-loading__spinner";
          note.appendChild(loading);
        } else if (shown.state === "failed") {
          note.appendChild(paragraph("search-error", messages.dropdownFailed));
          note.appendChild(documents);
        } else if (query && shown.total === 0) {
          note.appendChild(paragraph("search-empty", messages.dropdownEmpty.replace("{query}", query)));
          note.appendChild(documents);
        } else if (shown.closest) {
          note.appendChild(paragraph("search-closest", messages.closest.replace("{query}", query)));
          note.appendChild(documents);
        } else if (shown.total > shown.results.length) {
          note.appendChild(link("search-more", form.getAttribute("action") + "?q=" + encodeURIComponent(query),
            messages.all.replace("{count}", shown.total)));
        }
        var open = engaged && query.length > 0;
        popup.hidden = !open;
        input.setAttribute("aria-expanded", String(open && !listbox.hidden));
        input.removeAttribute("aria-activedescendant");
        status.textContent = !query ? ""
          : shown.state === "loading" ? messages.loading
          : shown.state === "failed" ? messages.dropdownFailed
          : shown.total === 0 ? messages.dropdownEmpty.replace("{query}", query)
          : shown.closest ? messages.closest.replace("{query}", query)
          : messages.count.replace("{count}", shown.total);
      }

      function close() {
        engaged = false;
        popup.hidden = true;
        input.setAttribute("aria-expanded", "false");
        input.removeAttribute("aria-activedescendant");
      }

      function update() {
        var query = input.value;
        var request = ++latest;
        engaged = true;
        if (!query.trim()) {
          shown = { query: "", state: "done", results: [], total: 0 };
          render();
          return;
        }
        // Shown only when an answer is slow to come, so fast answers don't flash it.
        var slow = setTimeout(function () {
          if (request === latest) {
            shown = { query: query, state: "loading", results: [], total: 0 };
            render();
          }
        }, 400);
        client.search(query, 0, MAX_RESULTS_DROPDOWN, true).then(function (page) {
          clearTimeout(slow);
          if (request === latest && !page.stale) {
            shown = { query: query, state: "done", results: absolute(page.results), total: page.total,
              closest: page.closest };
            render();
          }
        }, function () {
          clearTimeout(slow);
          if (request === latest) {
            shown = { query: query, state: "failed", results: [], total: 0 };
            render();
          }
        });
      }

      function move(step) {
        var options = listbox.querySelectorAll("[role=option]");
        if (!options.length) {
          return;
        }
        if (active >= 0) {
          options[active].setAttribute("aria-selected", "false");
        }
        active = (active + step + options.length) % options.length;
        options[active].setAttribute("aria-selected", "true");
        options[active].scrollIntoView({ block: "nearest" });
        input.setAttribute("aria-activedescendant", options[active].id);
      }

      input.addEventListener("keydown", function (event) {
        if (event.key === "ArrowDown" || event.key === "ArrowUp") {
          event.preventDefault();
          if (popup.hidden && input.value.trim()) {
            update(); // reopens what Escape closed
          } else {
            move(event.key === "ArrowDown" ? 1 : -1);
          }
        } else if (event.key === "Enter" && active >= 0 && !popup.hidden) {
          event.preventDefault();
          window.location.href = listbox.querySelectorAll("[role=option]")[active].href;
        } else if (event.key === "Escape") {
          if (!popup.hidden) {
            close();
          } else {
            input.value = "";
            input.blur();
          }
        }
      });
      // Coming back to a box that still holds a query shows its results again.
      input.addEventListener("focus", function () {
        if (input.value.trim() && popup.hidden) {
          if (shown.query === input.value && shown.state !== "failed") {
            engaged = true;
            render();
          } else {
            update();
          }
        }
      });
      // Tab, a click or a tap elsewhere closes the popup; moving into it (a click on a result or its scroll bar)
      // does not.
      var pressedInPopup = false;
      popup.addEventListener("pointerdown", function () {
        pressedInPopup = true;
      });
      doc.addEventListener("pointerup", function () {
        pressedInPopup = false;
      });
      form.addEventListener("focusout", function (event) {
        if (!pressedInPopup && !(event.relatedTarget && form.contains(event.relatedTarget))) {
          close();
        }
      });
      doc.addEventListener("click", function (event) {
        if (!form.contains(event.target)) {
          close();
        }
      });

      // A reader who typed before this script ran gets results for what is already in the box.
      if (input.value.trim() && doc.activeElement === input) {
        update();
      }
      return update;
    }

    /**
     * The results page: the header's box holds the query (?q=) and the page shows its results as it changes, so
     * the page has one search box. Returns what to do when the query changes.
     */
    function resultsPage(page) {
      var list = page.querySelector(".search-page__results");
      var summary = page.querySelector(".search-page__summary");
      var fallback = page.querySelector(".search-page__all");
      var moreButton = page.querySelector(".search-page__more");
      var languageLinks = doc.querySelectorAll(".language-switcher a[data-language]");
      var shownQuery = null;
      var shown = 0;
      var pageRequest = 0;

      function append(found) {
        found.forEach(function (result) {
          var item = doc.createElement("li");
          item.setAttribute("lang", result.lang);
          item.innerHTML = "<a class=\"search-result\" href=\"" + escapeHtml(result.url) + "\">" +
            "<span class=\"search-result__title\">" + result.titleHtml + "</span></a>" +
            "<p class=\"search-result__snippet\">" + result.snippetHtml + "</p>";
          list.appendChild(item);
        });
        shown += found.length;
      }

      function load(query, offset) {
        var request = ++pageRequest;
        var slow = setTimeout(function () {
          summary.textContent = messages.loading;
        }, 400);
        moreButton.disabled = true;
        return client.search(query, offset, RESULTS_PAGE_SIZE, offset === 0).then(function (found) {
          clearTimeout(slow);
          if (request !== pageRequest || found.stale) {
            return;
          }
          if (offset === 0) {
            list.innerHTML = "";
            shown = 0;
          }
          append(absolute(found.results));
          summary.textContent = found.closest ? messages.closest.replace("{query}", query.trim())
            : found.total ? messages.count.replace("{count}", found.total)
            : messages.empty.replace("{query}", query.trim());
          fallback.hidden = found.total > 0 && !found.closest;
          moreButton.hidden = shown >= found.total;
          moreButton.disabled = false;
        }, function () {
          clearTimeout(slow);
          if (request === pageRequest) {
            summary.textContent = messages.failed;
            fallback.hidden = false;
            moreButton.disabled = false;
          }
        });
      }

      // The other language's search page opens with the same query (its words may not match there, but the
      // reader need not type them again).
      function carryToOtherLanguages(query) {
        languageLinks.forEach(function (link) {
          var href = link.getAttribute("href").split("?")[0];
          link.setAttribute("href", query.trim() ? href + "?q=" + encodeURIComponent(query.trim()) : href);
        });
      }

      function show(query) {
        carryToOtherLanguages(query);
        if (query === shownQuery) {
          return;
        }
        shownQuery = query;
        if (!query.trim()) {
          pageRequest++;
          list.innerHTML = "";
          summary.textContent = "";
          fallback.hidden = false;
          moreButton.hidden = true;
          return;
        }
        fallback.hidden = true;
        load(query, 0);
      }

      function addressOf(query) {
        return query ? "?q=" + encodeURIComponent(query) : window.location.pathname;
      }

      moreButton.addEventListener("click", function () {
        var first = list.children.length;
        load(shownQuery, shown).then(function () {
          // Keyboard and screen-reader users continue at the first new result.
          var link = list.children[first] && list.children[first].querySelector("a");
          if (link) {
            link.focus();
          }
        });
      });
      // Typing starts one new history entry and keeps it up to date, so Back returns to the query before it;
      // Enter settles the entry, and the next change starts another.
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        show(input.value);
        history.replaceState(null, "", addressOf(input.value));
      });
      window.addEventListener("popstate", function () {
        input.value = new URLSearchParams(window.location.search).get("q") || "";
        show(input.value);
      });

      input.value = new URLSearchParams(window.location.search).get("q") || "";
      show(input.value);
      if (!input.value) {
        input.focus(); // the page is for searching, and its box is up in the header
      }

      return function () {
        if (history.state && history.state.typing) {
          history.replaceState({ typing: true }, "", addressOf(input.value));
        } else {
          history.pushState({ typing: true }, "", addressOf(input.value));
        }
        show(input.value);
      };
    }
  }

  enhance(document);
})();
