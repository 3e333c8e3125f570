// Runs lunr.js 2.3.9 under Node for the Java side: builds indexes with lunr itself and answers queries with the
// site's own search.js, so evaluations and tests exercise exactly what the browser runs.
// Usage: node node-lunr.js <lunr.js> <search.js> < request.json > response.json
"use strict";
const fs = require("fs");
const lunr = require(process.argv[2]);
const FaqSearch = require(process.argv[3]);
const request = JSON.parse(fs.readFileSync(0, "utf8"));

function buildWithLunr(docs, fields) {
  return lunr(function () {
    this.tokenizer = FaqSearch.tokenizer(lunr);
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.ref("ref");
    fields.forEach((field) => this.field(field.name, { boost: field.boost }));
    docs.forEach((doc) => this.add(doc));
  });
}

function run(index, queries) {
  return queries.map((query) => FaqSearch.search(lunr, index, query).map((hit) => ({ ref: hit.ref, score: hit.score })));
}

const response = {};
if (request.indexFile) {
  const file = JSON.parse(fs.readFileSync(request.indexFile, "utf8"));
  response.loaded = run(lunr.Index.load(file.index), request.queries);
}
if (request.docs) {
  const built = buildWithLunr(request.docs, request.fields);
  response.built = run(built, request.queries);
  response.builtIndex = JSON.parse(JSON.stringify(built));
}
process.stdout.write(JSON.stringify(response));
