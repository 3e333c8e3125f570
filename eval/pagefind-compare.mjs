// Side-by-side comparison of faq-site's Lunr search with Pagefind on the same built site, in headless Chromium:
// bytes transferred for one query per language, and relevance (MRR, recall@5) on eval/search-queries.yaml.
//
// Usage (needs network for npm once):
//   npm install pagefind@1.6.0 playwright-core js-yaml
//   cp -r target/site /tmp/pf-site
//   # index question pages only, as faq-site's search does
//   grep -l 'class="question"' -r /tmp/pf-site --include=index.html | xargs sed -i 's/<article class="question"/<article data-pagefind-body class="question"/'
//   npx pagefind --site /tmp/pf-site
//   node eval/pagefind-compare.mjs /tmp/pf-site eval/search-queries.yaml
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import * as yaml from "js-yaml";

const [siteDir, queriesFile] = process.argv.slice(2);
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css",
  ".json": "application/json", ".wasm": "application/wasm" };
const server = http.createServer((req, res) => {
  let file = path.join(siteDir, decodeURIComponent(new URL(req.url, "http://x").pathname));
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
  if (!fs.existsSync(file)) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { "Content-Type": types[path.extname(file)] || "application/octet-stream" });
  res.end(fs.readFileSync(file));
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const queries = yaml.load(fs.readFileSync(queriesFile, "utf8")).queries;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"] });

function idOf(url) {
  const match = /\/q\/([^/]+)\//.exec(url);
  return match ? match[1] : url;
}

function score(results) {
  let mrr = 0, recall = 0;
  results.forEach(({ expected, found }) => {
    const rank = found.findIndex((id) => expected.includes(id)) + 1;
    mrr += rank ? 1 / rank : 0;
    recall += found.slice(0, 5).filter((id) => expected.includes(id)).length / Math.min(5, expected.length);
  });
  return { mrr: mrr / results.length, recall: recall / results.length };
}

async function bytesFor(lang, query, run) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/${lang}/`);
  let bytes = 0;
  page.on("response", async (response) => {
    try { bytes += (await response.body()).length; } catch (e) { /* redirects have no body */ }
  });
  await run(page, query);
  await page.waitForTimeout(500);
  await context.close();
  return bytes;
}

const ours = async (page, query) => {
  await page.fill("#site-search-input", query);
  await page.waitForSelector(".search-dropdown [role=option]");
};
const pagefind = async (page, query) => {
  await page.evaluate(async (q) => {
    const pf = await import("/pagefind/pagefind.js");
    const result = await pf.search(q);
    await Promise.all(result.results.slice(0, 5).map((r) => r.data()));
  }, query);
};

const rows = [];
for (const lang of ["zh", "en"]) {
  const ofLang = queries.filter((q) => q.lang === lang);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/${lang}/`);
  const ourResults = [], pfResults = [];
  for (const q of ofLang) {
    await page.fill("#site-search-input", "");
    await page.fill("#site-search-input", q.query);
    await page.waitForTimeout(250);
    const found = await page.$$eval(".search-dropdown [role=option]", (links) => links.map((a) => a.href));
    ourResults.push({ expected: q.expected, found: found.map(idOf) });
    const pf = await page.evaluate(async (query) => {
      const pf = await import("/pagefind/pagefind.js");
      const result = await pf.search(query);
      const data = await Promise.all(result.results.slice(0, 8).map((r) => r.data()));
      return data.map((d) => d.url);
    }, q.query);
    pfResults.push({ expected: q.expected, found: pf.map(idOf) });
  }
  await context.close();
  const probe = ofLang[0].query;
  rows.push({ lang, engine: "faq-site (Lunr)", bytes: await bytesFor(lang, probe, ours), ...score(ourResults) });
  rows.push({ lang, engine: "Pagefind 1.6.0", bytes: await bytesFor(lang, probe, pagefind), ...score(pfResults) });
}
console.log("| language | engine | bytes for first query | MRR | recall@5 |");
console.log("|---|---|---|---|---|");
rows.forEach((r) => console.log(`| ${r.lang} | ${r.engine} | ${r.bytes} | ${r.mrr.toFixed(3)} | ${r.recall.toFixed(3)} |`));
await browser.close();
server.close();
