// Runs the site's search off the main thread, so typing never waits for an index to load or a query to run.
// Messages in: {manifestUrl} once, then {id, query, offset, limit, supersedes}; out: {id, total, results, stale}
// or {id, error}. A query that supersedes others makes the earlier superseding ones stale: they stop early.
/* global importScripts, lunr, FaqSearchCore, FaqSearchManifest */
"use strict";
if (typeof FaqSearchCore === "undefined") {
  importScripts("lunr.min.js", "search-core.js"); // not bundled with them (see SearchEngineBundle)
}

var index = null;
// Readers type faster than queries load; only the newest query of the search box is worth answering.
var newest = 0;

function fetchJson(base) {
  return function (name) {
    return fetch(new URL(name, base)).then(function (response) {
      if (!response.ok) {
        throw new Error(name + ": HTTP " + response.status);
      }
      return response.json();
    });
  };
}

self.onmessage = function (event) {
  var message = event.data;
  if (message.manifestUrl) {
    // The build bundles each language's manifest into its worker script (see SearchEngineBundle): one fetch fewer.
    index = new FaqSearchCore.ShardedIndex(lunr, fetchJson(message.manifestUrl),
      typeof FaqSearchManifest === "undefined" ? undefined : FaqSearchManifest);
    index.ready().catch(function () {
      // Reported with the first query, which tries again.
    });
    return;
  }
  if (message.supersedes) {
    newest = message.id;
  }
  var stale = function () {
    return message.supersedes && message.id !== newest;
  };
  index.page(message.query, message.offset || 0, message.limit, stale).then(function (page) {
    self.postMessage({ id: message.id, total: page.total, closest: page.closest, results: page.results,
      stale: stale() });
  }, function (error) {
    self.postMessage({ id: message.id, error: String(error && error.message || error) });
  });
};
