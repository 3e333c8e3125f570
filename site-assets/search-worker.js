// Runs the site's search off the main thread, so typing never waits for an index to load or a query to run.
// Messages in: {manifestUrl} once, then {id, query, offset, limit}; out: {id, total, results} or {id, error}.
/* global importScripts, lunr, FaqSearchCore */
"use strict";
importScripts("lunr.min.js", "search-core.js");

var index = null;

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
    index = new FaqSearchCore.ShardedIndex(lunr, fetchJson(message.manifestUrl));
    index.ready().catch(function () {
      // Reported with the first query, which tries again.
    });
    return;
  }
  index.page(message.query, message.offset || 0, message.limit).then(function (page) {
    self.postMessage({ id: message.id, total: page.total, results: page.results });
  }, function (error) {
    self.postMessage({ id: message.id, error: String(error && error.message || error) });
  });
};
