// Search: the same tokenisation as the Java index builder, lunr queries, and the search box and results page.
// The index and lunr.js load on first use, so pages render without waiting for them.
(function (root, factory) {
  "use strict";
  var api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api; // Node: the compatibility and relevance tests
  } else {
    root.FaqSearch = api;
    api.enhance(document);
  }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var HAN = /\p{Script=Han}/u;
  var WORD = /[\p{L}\p{Nd}]/u;
  var STOP_WORDS = new Set(("a able about across after all almost also am among an and any are as at be because been " +
    "but by can cannot could dear did do does either else ever every for from get got had has have he her hers him his " +
    "how however i if in into is it its just least let like likely may me might most must my neither no nor not of " +
    "off often on only or other our own rather said say says she should since so some than that the their them then " +
    "there these they this tis to too twas us wants was we were what when where which while who whom why will with " +
    "would yet you your").split(" "));
  var MAX_RESULTS_DROPDOWN = 8;

  function isHan(character) {
    return HAN.test(character);
  }

  function isWordPart(character) {
    return WORD.test(character) && !isHan(character);
  }

  function stem(lunr, word) {
    return lunr.stemmer(new lunr.Token(word)).toString();
  }

  /**
   * Index terms of a text, exactly as dev.faqsite.text.Terms#forSearch makes them: NFKC and lower case; Han runs
   * give overlapping bigrams (a lone character stays a unigram); other letters and digits form words, English stop
   * words are dropped and the rest Porter-stemmed; everything else separates.
   */
  function terms(lunr, text) {
    var characters = Array.from(String(text || "").normalize("NFKC").toLowerCase());
    var out = [];
    var i = 0;
    while (i < characters.length) {
      var end = i;
      if (isHan(characters[i])) {
        while (end < characters.length && isHan(characters[end])) {
          end++;
        }
        if (end - i === 1) {
          out.push(characters[i]);
        }
        for (var k = i; k + 1 < end; k++) {
          out.push(characters[k] + characters[k + 1]);
        }
        i = end;
      } else if (WORD.test(characters[i])) {
        while (end < characters.length && isWordPart(characters[end])) {
          end++;
        }
        var word = characters.slice(i, end).join("");
        if (!STOP_WORDS.has(word)) {
          out.push(stem(lunr, word));
        }
        i = end;
      } else {
        i++;
      }
    }
    return out;
  }

  /** lunr tokenizer producing the final terms, for building an index with lunr.js itself. */
  function tokenizer(lunr) {
    return function (text) {
      return terms(lunr, text).map(function (term) {
        return new lunr.Token(term, {});
      });
    };
  }

  /**
   * Runs a reader's query: every term of the query counts; the word being typed also matches as a prefix, a
   * lone Chinese character matches the words it starts, and longer English words tolerate one typo.
   */
  function search(lunr, index, query) {
    var queryTerms = terms(lunr, query);
    var normalised = String(query || "").normalize("NFKC").toLowerCase();
    var lastWord = (normalised.match(/[\p{L}\p{Nd}]+$/u) || [""])[0];
    if (lastWord && isHan(Array.from(lastWord).pop())) {
      lastWord = "";
    }
    if (queryTerms.length === 0 && !lastWord) {
      return [];
    }
    return index.query(function (q) {
      queryTerms.forEach(function (term) {
        q.term(term, { usePipeline: false });
        if (Array.from(term).length === 1 && isHan(term)) {
          q.term(term, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 0.5 });
        } else if (!isHan(term.charAt(0)) && term.length >= 5) {
          q.term(term, { usePipeline: false, editDistance: 1, boost: 0.2 });
        }
      });
      if (lastWord && /\s$/u.test(normalised) === false && !STOP_WORDS.has(lastWord)) {
        // The word being typed: its beginning matches as a prefix. Indexed words are stemmed ("train" for
        // "training"), so a half-typed "trainin" matches through the shorter prefix "train".
        var prefix = Array.from(lastWord).slice(0, Math.max(3, Array.from(lastWord).length - 2)).join("");
        q.term(prefix, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 0.5 });
      }
    });
  }

  /** Ranges [start, end) of the text whose terms are among the matched ones, for highlighting. */
  function matchedRanges(lunr, text, matched) {
    var characters = Array.from(text);
    var normal = characters.map(function (c) {
      return c.normalize("NFKC").toLowerCase();
    });
    var offsets = [];
    var position = 0;
    characters.forEach(function (c) {
      offsets.push(position);
      position += c.length;
    });
    offsets.push(position);
    var ranges = [];
    var i = 0;
    while (i < characters.length) {
      var end = i;
      if (isHan(normal[i])) {
        while (end < characters.length && isHan(normal[end])) {
          end++;
        }
        for (var k = i; k < end; k++) {
          if ((k + 1 < end && matched.has(normal[k] + normal[k + 1])) || (end - i === 1 && matched.has(normal[k]))) {
            ranges.push([offsets[k], offsets[Math.min(k + 2, end)]]);
          }
        }
        i = end;
      } else if (WORD.test(normal[i])) {
        while (end < characters.length && isWordPart(normal[end])) {
          end++;
        }
        var word = normal.slice(i, end).join("");
        if (!STOP_WORDS.has(word) && (matched.has(stem(lunr, word)) || matched.has(word))) {
          ranges.push([offsets[i], offsets[end]]);
        }
        i = end;
      } else {
        i++;
      }
    }
    ranges.sort(function (a, b) {
      return a[0] - b[0];
    });
    var merged = [];
    ranges.forEach(function (range) {
      var last = merged[merged.length - 1];
      if (last && range[0] <= last[1]) {
        last[1] = Math.max(last[1], range[1]);
      } else {
        merged.push(range.slice());
      }
    });
    return merged;
  }

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function highlight(lunr, text, matched) {
    var html = "";
    var at = 0;
    matchedRanges(lunr, text, matched).forEach(function (range) {
      html += escapeHtml(text.slice(at, range[0])) + "<mark>" + escapeHtml(text.slice(range[0], range[1])) + "</mark>";
      at = range[1];
    });
    return html + escapeHtml(text.slice(at));
  }

  /** A window of the text around its first match, so the snippet shows why the result was found. */
  function snippet(lunr, text, matched, length) {
    var ranges = matchedRanges(lunr, text, matched);
    var start = ranges.length ? Math.max(0, ranges[0][0] - Math.floor(length / 4)) : 0;
    var piece = text.slice(start, start + length);
    return (start > 0 ? "…" : "") + highlight(lunr, piece, matched) + (start + length < text.length ? "…" : "");
  }

  // ---------------------------------------------------------------------------------------------------------
  // Browser user interface
  // ---------------------------------------------------------------------------------------------------------

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
    var loading = null;
    var engine = null;
    var active = -1;
    var results = [];
    var timer = null;

    function load() {
      if (!loading) {
        loading = new Promise(function (resolve, reject) {
          if (window.lunr) {
            resolve(window.lunr);
            return;
          }
          var script = doc.createElement("script");
          script.src = form.getAttribute("data-lunr-url");
          script.onload = function () {
            resolve(window.lunr);
          };
          script.onerror = reject;
          doc.head.appendChild(script);
        }).then(function (lunr) {
          return fetch(form.getAttribute("data-index-url")).then(function (response) {
            if (!response.ok) {
              throw new Error(response.status);
            }
            return response.json();
          }).then(function (file) {
            var docs = {};
            file.docs.forEach(function (d) {
              docs[d.ref] = d;
            });
            engine = { lunr: lunr, index: lunr.Index.load(file.index), docs: docs };
            return engine;
          });
        });
      }
      return loading;
    }

    function resultsFor(query) {
      return search(engine.lunr, engine.index, query).map(function (result) {
        var matched = new Set(Object.keys(result.matchData.metadata));
        var d = engine.docs[result.ref];
        return {
          url: form.getAttribute("data-home-url") + d.url,
          lang: d.lang,
          titleHtml: highlight(engine.lunr, d.title, matched),
          snippetHtml: snippet(engine.lunr, d.text, matched, 120),
          score: result.score
        };
      });
    }

    function render() {
      listbox.innerHTML = "";
      note.innerHTML = "";
      active = -1;
      results.slice(0, MAX_RESULTS_DROPDOWN).forEach(function (result, i) {
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
      if (query && results.length === 0) {
        var empty = doc.createElement("p");
        empty.className = "search-empty";
        empty.textContent = messages.empty.replace("{query}", query);
        note.appendChild(empty);
      }
      if (results.length > MAX_RESULTS_DROPDOWN) {
        var more = doc.createElement("a");
        more.className = "search-more";
        more.href = form.getAttribute("action") + "?q=" + encodeURIComponent(query);
        more.textContent = messages.all.replace("{count}", results.length);
        note.appendChild(more);
      }
      var open = query.length > 0;
      dropdown.hidden = !open;
      input.setAttribute("aria-expanded", String(open));
      input.removeAttribute("aria-activedescendant");
      status.textContent = query ? messages.count.replace("{count}", results.length) : "";
    }

    function update() {
      var query = input.value;
      if (!query.trim()) {
        results = [];
        render();
        return;
      }
      if (!engine) {
        status.textContent = messages.loading;
      }
      load().then(function () {
        if (input.value === query) {
          results = resultsFor(query);
          render();
        }
      }, function () {
        status.textContent = messages.failed;
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
      load().catch(function () {
        status.textContent = messages.failed;
      });
    });
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(update, 120);
    });
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

    var page = doc.querySelector("[data-search-page]");
    if (page) {
      enhanceResultsPage(page);
    }

    function enhanceResultsPage(page) {
      var list = page.querySelector(".search-page__results");
      var summary = page.querySelector(".search-page__summary");
      var fallback = page.querySelector(".search-page__all");
      var pageInput = page.querySelector("input[type=search]");

      function show(query) {
        pageInput.value = query;
        if (!query.trim()) {
          list.innerHTML = "";
          summary.textContent = "";
          fallback.hidden = false;
          return;
        }
        fallback.hidden = true;
        summary.textContent = messages.loading;
        load().then(function () {
          var found = resultsFor(query);
          list.innerHTML = "";
          found.forEach(function (result) {
            var item = doc.createElement("li");
            item.setAttribute("lang", result.lang);
            item.innerHTML = "<a class=\"search-result\" href=\"" + escapeHtml(result.url) + "\">" +
              "<span class=\"search-result__title\">" + result.titleHtml + "</span></a>" +
              "<p class=\"search-result__snippet\">" + result.snippetHtml + "</p>";
            list.appendChild(item);
          });
          summary.textContent = found.length ? messages.count.replace("{count}", found.length)
            : messages.empty.replace("{query}", query);
          fallback.hidden = found.length > 0;
        }, function () {
          summary.textContent = messages.failed;
        });
      }

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

  return {
    terms: terms,
    tokenizer: tokenizer,
    search: search,
    highlight: highlight,
    enhance: enhance
  };
});
