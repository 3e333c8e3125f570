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
    this.worker.onerror = function () {
      Object.keys(pending).forEach(function (id) {
        pending[id].reject(new Error("search worker failed"));
        delete pending[id];
      });
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

  function enhance(doc) {
    var form = doc.querySelector("form.site-search");
    if (!form) {
      return;
    }
    var input = form.querySelector("input[name=q]");
    var dropdown = form.querySelector(".search-dropdown");
    var listbox = dropdown.querySelector("[role=listbox]");
    var note = dropdown.querySelector(".search-dropdown__note");
    var status = form.querySelector(".site-search__status");
    var messages = {
      loading: form.getAttribute("data-msg-loading"),
      empty: form.getAttribute("data-msg-empty"),
      count: form.getAttribute("data-msg-count"),
      all: form.getAttribute("data-msg-all"),
      failed: form.getAttribute("data-msg-failed")
    };
    var client = new SearchClient(form);
    var homeUrl = form.getAttribute("data-home-url");
    var active = -1;
    var results = [];
    var total = 0;
    var latest = 0;

    function absolute(results) {
      return results.map(function (result) {
        result.url = homeUrl + result.url;
        return result;
      });
    }

    function render() {
      listbox.innerHTML = "";
      note.innerHTML = "";
      active = -1;
      results.forEach(function (result, i) {
        var option = doc.createElement("a");
        option.id = "site-search-option-" + i;
        option.className = "search-result";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.setAttribute("lang", result.lang);
        option.href = result.url;
        option.innerHTML = "<span class=\"search-result__title\">" + result.titleHtml + "</span>" +
          "<span class=\"search-result__snippet\">" + result.snippetHtml + "</span>";
        listbox.appendChild(option);
      });
      var query = input.value.trim();
      if (query && total === 0) {
        var empty = doc.createElement("p");
        empty.className = "search-empty";
        empty.textContent = messages.empty.replace("{query}", query);
        note.appendChild(empty);
      }
      if (total > results.length) {
        var more = doc.createElement("a");
        more.className = "search-more";
        more.href = form.getAttribute("action") + "?q=" + encodeURIComponent(query);
        more.textContent = messages.all.replace("{count}", total);
        note.appendChild(more);
      }
      var open = query.length > 0;
      dropdown.hidden = !open;
      input.setAttribute("aria-expanded", String(open));
      input.removeAttribute("aria-activedescendant");
      status.textContent = query ? messages.count.replace("{count}", total) : "";
    }

    function update() {
      var query = input.value;
      var request = ++latest;
      if (!query.trim()) {
        results = [];
        total = 0;
        render();
        return;
      }
      var slow = setTimeout(function () {
        status.textContent = messages.loading;
      }, 300);
      client.search(query, 0, MAX_RESULTS_DROPDOWN, true).then(function (page) {
        clearTimeout(slow);
        if (request === latest && !page.stale) {
          results = absolute(page.results);
          total = page.total;
          render();
        }
      }, function () {
        clearTimeout(slow);
        if (request === latest) {
          status.textContent = messages.failed;
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

    input.addEventListener("focus", function () {
      try {
        client.start();
      } catch (e) {
        status.textContent = messages.failed;
      }
    });
    // Every keystroke searches at once (the worker drops what a newer keystroke replaces); while an input method
    // composes a Chinese word, its Latin letters are not a query yet.
    input.addEventListener("input", function (event) {
      if (!event.isComposing) {
        update();
      }
    });
    input.addEventListener("compositionend", update);
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") {
        event.preventDefault();
        move(1);
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        move(-1);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.href = listbox.querySelectorAll("[role=option]")[active].href;
      } else if (event.key === "Escape") {
        if (!dropdown.hidden) {
          dropdown.hidden = true;
          input.setAttribute("aria-expanded", "false");
        } else {
          input.value = "";
          input.blur();
        }
      }
    });
    doc.addEventListener("keydown", function (event) {
      var target = event.target;
      var typing = target && (target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName));
      if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.focus();
      }
    });
    doc.addEventListener("click", function (event) {
      if (!form.contains(event.target)) {
        dropdown.hidden = true;
        input.setAttribute("aria-expanded", "false");
      }
    });

    // A reader who typed before this script ran gets results for what is already in the box.
    if (input.value.trim() && doc.activeElement === input) {
      update();
    }

    var page = doc.querySelector("[data-search-page]");
    if (page) {
      enhanceResultsPage(page);
    }

    function enhanceResultsPage(page) {
      var list = page.querySelector(".search-page__results");
      var summary = page.querySelector(".search-page__summary");
      var fallback = page.querySelector(".search-page__all");
      var moreButton = page.querySelector(".search-page__more");
      var pageInput = page.querySelector("input[type=search]");
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
        }, 300);
        moreButton.disabled = true;
        return client.search(query, offset, RESULTS_PAGE_SIZE).then(function (found) {
          clearTimeout(slow);
          if (request !== pageRequest) {
            return;
          }
          if (offset === 0) {
            list.innerHTML = "";
            shown = 0;
          }
          append(absolute(found.results));
          summary.textContent = found.total ? messages.count.replace("{count}", found.total)
            : messages.empty.replace("{query}", query);
          fallback.hidden = found.total > 0;
          moreButton.hidden = shown >= found.total;
          moreButton.disabled = false;
        }, function () {
          clearTimeout(slow);
          if (request === pageRequest) {
            summary.textContent = messages.failed;
            moreButton.disabled = false;
          }
        });
      }

      function show(query) {
        pageInput.value = query;
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

      var form = page.querySelector("form");
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var query = pageInput.value;
        history.pushState({ q: query }, "", "?q=" + encodeURIComponent(query));
        show(query);
      });
      window.addEventListener("popstate", function () {
        show(new URLSearchParams(window.location.search).get("q") || "");
      });
      show(new URLSearchParams(window.location.search).get("q") || "");
    }
  }

  enhance(document);
})();
