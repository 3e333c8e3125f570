// Runs lunr.js 2.3.9 under Node for the Java side: builds indexes with lunr itself and answers queries with the
// site's own search-core.js, so evaluations and tests exercise exactly what the browser's search worker runs.
// Usage: node node-lunr.js <lunr.js> <search-core.js> < request.json > response.json
"use strict";
const fs = require("fs");
const path = require("path");
const lunr = require(process.argv[2]);
const FaqSearch = require(process.argv[3]);
const request = JSON.parse(fs.readFileSync(0, "utf8"));

function buildWithLunr(docs, fields, fold) {
  return lunr(function () {
    this.tokenizer = FaqSearch.tokenizer(lunr, FaqSearch.foldTable(fold));
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.ref("ref");
    fields.forEach((field) => this.field(field.name, { boost: field.boost }));
    docs.forEach((doc) => this.add(doc));
  });
}

function run(index, queries, fold) {
  const table = FaqSearch.foldTable(fold);
  return queries.map((query) => FaqSearch.search(lunr, index, query, table)
    .map((hit) => ({ ref: hit.ref, score: hit.score })));
}

/**
 * Queries on the sharded index in a built site's search folder, refs being the pages' ids as in the whole index:
 * per query, every hit ranked; the best `top` as the search box ranks them (only those need lunr's ranking), with the
 * number of matches; the index files the query fetched before its results' fragments; and, given the whole index,
 * the same planned query ranked by lunr on it (`whole`), for comparison.
 */
async function runSharded(folder, queries, top, whole) {
  const requested = new Set();
  const index = new FaqSearch.ShardedIndex(lunr, async (name) => {
    requested.add(name);
    return JSON.parse(fs.readFileSync(path.join(folder, name), "utf8"));
  });
  const ids = async (ranked) => {
    const hits = [];
    for (const hit of ranked) {
      const fragment = await index.fragment(hit.ref);
      hits.push({ ref: /q\/([^/]+)\//.exec(fragment.url)[1], score: hit.score });
    }
    return hits;
  };
  const answers = [];
  for (const query of queries) {
    requested.clear();
    const best = await index.rank(query, top);
    const files = Array.from(requested);
    const all = await index.rank(query);
    const answer = { hits: await ids(all.ranked), total: best.total, best: await ids(best.ranked.slice(0, top)), files };
    if (whole) {
      answer.whole = all.plan ? FaqSearch.rankPlanned(lunr, whole, all.plan).map((hit) => ({ ref: hit.ref, score: hit.score }))
        : [];
    }
    answers.push(answer);
  }
  return answers;
}

/**
 * Each query as the first of a page, on a cold cache: what the search worker fetches for the dropdown (the query's
 * index files, then the fragments of the results shown), in the order asked for.
 */
async function runFirstQueries(folder, queries, shown) {
  const answers = [];
  for (const query of queries) {
    const requested = [];
    const index = new FaqSearch.ShardedIndex(lunr, async (name) => {
      requested.push(name);
      return JSON.parse(fs.readFileSync(path.join(folder, name), "utf8"));
    });
    const page = await index.page(query, 0, shown);
    answers.push({ total: page.total, files: requested });
  }
  return answers;
}

(async () => {
  const response = {};
  let whole = null;
  if (request.indexFile) {
    const file = JSON.parse(fs.readFileSync(request.indexFile, "utf8"));
    whole = lunr.Index.load(file.index);
    response.loaded = run(whole, request.queries, request.fold);
  }
  if (request.shardFolder) {
    response.sharded = await runSharded(request.shardFolder, request.queries, request.top || 8, whole);
  }
  if (request.firstQueriesFolder) {
    response.firstQueries = await runFirstQueries(request.firstQueriesFolder, request.queries, request.shown);
  }
  if (request.docs) {
    const built = buildWithLunr(request.docs, request.fields, request.fold);
    response.built = run(built, request.queries, request.fold);
    response.builtIndex = JSON.parse(JSON.stringify(built));
  }
  process.stdout.write(JSON.stringify(response));
})().catch((error) => {
  process.stderr.write(String(error && error.stack || error) + "\n");
  process.exit(1);
});
