// Side-by-side of faq-site's search with Pagefind 1.6 on the same built sites, in headless Chromium: what the
// first query of a page costs (bytes, requests, time to the first result, longest main-thread task), with and
// without Slow 4G, and how fast later keystrokes update the results.
//
// Sites: today's content and synthetic sites of N questions per language (`faq-site bench-site N`), each built
// with the jar. Pagefind indexes the same built site, question pages only: data-pagefind-body is added to
// `<article class="question"` (faq-site's search indexes exactly those pages; the attribute changes nothing
// else). Both are served by one local HTTPS server over HTTP/2, as a CDN serves them: HTML, JS, CSS and JSON
// gzipped (level 6), Pagefind's index, fragment and wasm files sent as they are (already compressed).
//
// Per site, language and engine, each cold load (new browser context, so empty caches) opens /{lang}/, then
// focuses a search box and enters the whole query at once (an IME commit or a paste: one input event):
//   - faq-site: the site's own search box (search.js: every input event searches, Web Worker, dropdown of 8 results);
//   - Pagefind: a minimal search box added to the same page that does what Pagefind's own UI does with its JS
//     API: import pagefind.js and init() on focus; on input preload(query) at once and search(query) after a
//     120 ms debounce, as pagefind.debouncedSearch does (in Pagefind's Web Worker), then data() of the first 8
//     results, rendered as a list.
// Measured from the input event: bytes (encoded bodies, counted by the server) and requests until the network
// is quiet after the first result, time until the first result is in the DOM, and the longest task on the
// page's main thread from the input event to the first result (Chromium trace: RunTask events of the renderer
// that marked the input; wall time, with the thread's CPU time in it, which tells a busy machine from real work).
// Slow 4G is CDP Network.emulateNetworkConditions (150 ms latency, 1.6 Mbit/s down, 750 kbit/s up), switched on
// after the page has loaded; it applies to the workers' fetches too. Each number is the median of --runs loads.
// Later keystrokes (unthrottled, after the first results): more input events, one at a time, each after the
// previous update; reported from the input event to the updated list (debounce included) and from the moment
// the engine was asked (after the debounce) to the updated list.
//
// Usage:
//   mvn -B -q -o package -DskipTests                     # target/faq-site.jar
//   npm install --prefix eval                            # pagefind@1.6.0, playwright-core (eval/package.json)
//   nice -n 10 node eval/pagefind-compare.mjs [--sizes content,1000,3000,10000] [--runs 5]
//        [--work /tmp/faq-site-pagefind] [--reuse] [--query zh:数据隐私 --query en:privacy] [--http1] [--verbose]
// Needs java, node, openssl and Chromium at /usr/bin/chromium (no browser download). --reuse keeps the sites
// already built in --work (the synthetic content is deterministic, but rebuild after changing the jar).
// Prints Markdown tables; ratios are faq-site / Pagefind (below 1: faq-site is smaller or faster).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import http2 from "node:http2";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import zlib from "node:zlib";
import { chromium } from "playwright-core";

const { values: args } = parseArgs({
  options: {
    sizes: { type: "string", default: "content,1000,3000,10000" },
    runs: { type: "string", default: "5" },
    work: { type: "string", default: path.join(os.tmpdir(), "faq-site-pagefind") },
    jar: { type: "string", default: "target/faq-site.jar" },
    content: { type: "string", default: "content" },
    query: { type: "string", multiple: true, default: [] },
    reuse: { type: "boolean", default: false },
    http1: { type: "boolean", default: false },
    verbose: { type: "boolean", default: false },
  },
});
const RUNS = Number(args.runs);
const QUERIES = [["zh", "模型部署"], ["en", "model deployment"],
  ...args.query.map((q) => [q.slice(0, q.indexOf(":")), q.slice(q.indexOf(":") + 1)])];
/** Later keystrokes after each language's first query: one input event each. */
const LATER = { zh: ["方", "案", "成", "本", "的"], en: [" ", "c", "o", "s", "t"] };
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const DROPDOWN = 8;
const DEBOUNCE_MS = 120;
const pagefindBin = path.join(path.dirname(new URL(import.meta.url).pathname), "node_modules", ".bin", "pagefind");

function log(message) {
  process.stderr.write(message + "\n");
}

// ---------------------------------------------------------------------------------------------------------------
// Sites: content → built site → Pagefind index.
// ---------------------------------------------------------------------------------------------------------------

/** Bytes of the files in a folder as they are, and gzipped one by one as the server sends the text ones. */
function folderBytes(folder, skip = () => false) {
  let raw = 0;
  let sent = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    if (!entry.isFile() || skip(file)) continue;
    const content = fs.readFileSync(file);
    raw += content.length;
    sent += COMPRESSIBLE.has(path.extname(file)) ? zlib.gzipSync(content, { level: 6 }).length : content.length;
  }
  return { raw, sent };
}

function buildSite(size) {
  const root = path.join(args.work, String(size));
  const site = path.join(root, "site");
  const stamp = path.join(root, "built.json");
  if (args.reuse && fs.existsSync(stamp)) {
    return { size, site, ...JSON.parse(fs.readFileSync(stamp, "utf8")), ...indexBytes(site) };
  }
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root, { recursive: true });
  let content = args.content;
  if (size !== "content") {
    content = path.join(root, "content");
    log(`bench-site ${size} …`);
    execFileSync("java", ["-jar", args.jar, "bench-site", String(size), "--content", args.content, "--out", content],
      { stdio: ["ignore", "ignore", "inherit"] });
  }
  log(`build ${size} …`);
  const built = execFileSync("java", ["-jar", args.jar, "build", "--content", content, "--out", site],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 26 });
  const indexMs = Number((/\bindex (\d+) ms/.exec(built) || [0, NaN])[1]);
  const pages = Number((/Built (\d+) pages/.exec(built) || [0, NaN])[1]);
  let marked = 0;
  for (const entry of fs.readdirSync(site, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name !== "index.html") continue;
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    const html = fs.readFileSync(file, "utf8");
    if (html.includes('<article class="question"')) {
      fs.writeFileSync(file, html.replace('<article class="question"', '<article data-pagefind-body class="question"'));
      marked++;
    }
  }
  log(`pagefind ${size} (${marked} question pages) …`);
  const start = process.hrtime.bigint();
  execFileSync(pagefindBin, ["--site", site], { stdio: ["ignore", args.verbose ? 2 : "ignore", "inherit"] });
  const pagefindMs = Number((process.hrtime.bigint() - start) / 1000000n);
  const info = { pages, indexMs, pagefindMs, questionPages: marked };
  fs.writeFileSync(stamp, JSON.stringify(info));
  return { size, site, ...info, ...indexBytes(site) };
}

/** The search folders less the results pages (search/index.html), and Pagefind's files less its UIs. */
function indexBytes(site) {
  return {
    faqIndexBytes: ["zh", "en"].map((l) => folderBytes(path.join(site, l, "search"), (f) => f.endsWith(".html")))
      .reduce((a, b) => ({ raw: a.raw + b.raw, sent: a.sent + b.sent })),
    pagefindBytes: folderBytes(path.join(site, "pagefind"), (f) => /pagefind-(component-|modular-)?ui|highlight/.test(f)),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The server: HTTP/2 over TLS with gzip for text, counting the body bytes it sends.
// ---------------------------------------------------------------------------------------------------------------

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript",
  ".css": "text/css", ".json": "application/json", ".xml": "application/xml", ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8", ".wasm": "application/wasm" };
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".xml", ".svg", ".txt"]);

function startServer() {
  const state = { root: null, cache: new Map(), log: null };
  const handler = (req, res) => {
    const url = new URL(req.url, "https://x");
    let file = path.join(state.root, decodeURIComponent(url.pathname));
    if (!file.startsWith(state.root)) { res.writeHead(403); res.end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!fs.existsSync(file)) {
      state.log?.push({ path: url.pathname, bytes: 0, status: 404, at: Date.now() });
      res.writeHead(404); res.end(); return;
    }
    const ext = path.extname(file);
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers["accept-encoding"] || "");
    const key = (gzip ? "gz:" : "raw:") + file;
    let body = state.cache.get(key);
    if (!body) {
      body = fs.readFileSync(file);
      if (gzip) body = zlib.gzipSync(body, { level: 6 });
      state.cache.set(key, body);
    }
    state.log?.push({ path: url.pathname, bytes: body.length, status: 200, at: Date.now(), http: req.httpVersion });
    const headers = { "content-type": TYPES[ext] || "application/octet-stream", "cache-control": "no-cache",
      "content-length": body.length };
    if (gzip) headers["content-encoding"] = "gzip";
    res.writeHead(200, headers);
    res.end(body);
  };
  let server;
  if (args.http1) {
    server = http.createServer(handler);
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "faq-site-tls-"));
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", path.join(dir, "key.pem"),
      "-out", path.join(dir, "cert.pem"), "-days", "2", "-subj", "/CN=127.0.0.1",
      "-addext", "subjectAltName=IP:127.0.0.1"], { stdio: "ignore" });
    const tls = { key: fs.readFileSync(path.join(dir, "key.pem")), cert: fs.readFileSync(path.join(dir, "cert.pem")) };
    fs.rmSync(dir, { recursive: true, force: true });
    server = http2.createSecureServer({ ...tls, allowHTTP1: true }, handler);
  }
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => {
    state.base = `${args.http1 ? "http" : "https"}://127.0.0.1:${server.address().port}`;
    state.close = () => server.close();
    resolve(state);
  }));
}

// ---------------------------------------------------------------------------------------------------------------
// In the page.
// ---------------------------------------------------------------------------------------------------------------

/** Before any script of the page: long tasks, and when the results list changes. */
function instrument() {
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push(
      { start: e.startTime, duration: e.duration }))).observe({ type: "longtask", buffered: true });
  } catch (e) { /* no long task API */ }
  window.__updates = [];
  window.__asked = [];
  // faq-site's search.js asks its worker with {id, query}: when it does is when the debounce has fired.
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message) {
    if (message && typeof message.query === "string") window.__asked.push({ at: performance.now(), query: message.query });
    return post.apply(this, arguments);
  };
}

/** Pagefind's part of the page: a search box doing what Pagefind's UI does, 8 results like faq-site's dropdown. */
function addPagefindBox({ dropdown, debounce }) {
  const box = document.createElement("div");
  box.innerHTML = '<input id="pf-input" type="search" aria-label="Pagefind"><ol id="pf-results"></ol>';
  document.body.prepend(box);
  const input = box.querySelector("input");
  const list = box.querySelector("ol");
  let pagefind = null;
  let latest = 0;
  input.addEventListener("focus", () => {
    pagefind ??= import("/pagefind/pagefind.js").then(async (pf) => { await pf.init(); return pf; });
  });
  let timer = null;
  // What pagefind.debouncedSearch does (preload at once, search after the debounce), spelt out to time the search.
  input.addEventListener("input", () => {
    const request = ++latest;
    const query = input.value;
    pagefind.then((pf) => pf.preload(query));
    clearTimeout(timer);
    timer = setTimeout(async () => {
      window.__asked.push({ at: performance.now(), query });
      const pf = await pagefind;
      const search = await pf.search(query);
      if (request !== latest) return;
      const data = await Promise.all(search.results.slice(0, dropdown).map((r) => r.data()));
      if (request !== latest) return;
      list.innerHTML = data.map((d) => `<li><a href="${d.url}">${d.meta.title}</a><p>${d.excerpt}</p></li>`).join("");
      list.dataset.query = query;
    }, debounce);
  });
}

/**
 * Records every rendering of the results in window.__updates as {at, results}, even one that shows nothing new:
 * faq-site's search.js sets aria-expanded on the input whenever it renders, the Pagefind box data-query on its list.
 */
function watch({ list, rendered, attribute }) {
  const results = document.querySelector(list);
  new MutationObserver(() => {
    window.__updates.push({ at: performance.now(), results: results.children.length });
  }).observe(document.querySelector(rendered), { attributes: true, attributeFilter: [attribute] });
}

/** Focus and one input event with the whole text, as an IME commit or a paste; returns the time it happened. */
function enter({ selector, text }) {
  const input = document.querySelector(selector);
  const at = performance.now();
  performance.mark("bench-input");
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: text }));
  return at;
}

// ---------------------------------------------------------------------------------------------------------------
// One cold load.
// ---------------------------------------------------------------------------------------------------------------

const ENGINES = {
  "faq-site": { input: "#site-search-input", list: ".search-dropdown [role=listbox]", rendered: "#site-search-input",
    attribute: "aria-expanded" },
  Pagefind: { input: "#pf-input", list: "#pf-results", rendered: "#pf-results", attribute: "data-query" },
};

async function waitQuiet(server, since, limitMs) {
  const end = Date.now() + limitMs;
  let count = -1;
  while (Date.now() < end) {
    const now = server.log.length;
    if (now === count && Date.now() - (server.log.at(-1)?.at ?? since) > 400) return;
    count = now;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The longest task on the page's main thread between the query's input event (the "bench-input" mark) and its
 * first result: wall time, and the thread's CPU time in that task. Only the renderer that made the mark counts:
 * a closed page's renderer may still be shutting down.
 */
function longestTask(trace, spanMs) {
  const events = JSON.parse(trace.toString("utf8")).traceEvents;
  const mark = events.find((e) => e.name === "bench-input");
  const mainThreads = new Set(events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain"
    && (!mark || e.pid === mark.pid)).map((e) => `${e.pid}:${e.tid}`));
  const from = mark ? mark.ts : -Infinity;
  const to = mark ? mark.ts + spanMs * 1000 : Infinity;
  let longest = { wall: 0, cpu: 0, marked: Boolean(mark), threads: mainThreads.size };
  for (const e of events) {
    if (e.ph === "X" && (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask")
      && mainThreads.has(`${e.pid}:${e.tid}`) && e.ts + e.dur >= from && e.ts <= to && e.dur / 1000 > longest.wall) {
      longest = { ...longest, wall: e.dur / 1000, cpu: (e.tdur ?? NaN) / 1000 };
    }
  }
  return longest;
}

async function coldLoad(browser, server, engine, lang, query, throttled, later) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  try {
    await context.addInitScript(instrument);
    const page = await context.newPage();
    if (args.verbose) page.on("console", (m) => log(`console: ${m.text()}`));
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await page.goto(`${server.base}/${lang}/`, { waitUntil: "load" });
    if (engine === "Pagefind") await page.evaluate(addPagefindBox, { dropdown: DROPDOWN, debounce: DEBOUNCE_MS });
    const selectors = ENGINES[engine];
    await page.evaluate(watch, selectors);
    await page.waitForTimeout(300);
    if (throttled) await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
    await browser.startTracing(page, { categories: ["toplevel", "blink.user_timing", "devtools.timeline"] });
    server.log = [];
    const since = Date.now();
    const typedAt = await page.evaluate(enter, { selector: selectors.input, text: query });
    await page.waitForFunction(() => window.__updates.some((u) => u.results > 0), null, { timeout: 120000, polling: 20 });
    const shownAt = await page.evaluate(() => window.__updates.find((u) => u.results > 0).at);
    await waitQuiet(server, since, 10000);
    const task = longestTask(await browser.stopTracing(), shownAt - typedAt);
    const requests = server.log.filter((r) => r.status === 200);
    const result = {
      bytes: requests.reduce((sum, r) => sum + r.bytes, 0),
      requests: requests.length,
      firstResultMs: shownAt - typedAt,
      longestTaskMs: task.wall,
      longestTaskCpuMs: task.cpu,
      traced: `mark ${task.marked ? "found" : "missing"}, ${task.threads} main thread(s)`,
      longTasks: await page.evaluate((t) => window.__longTasks.filter((e) => e.start >= t).length, typedAt),
      files: requests.map((r) => `${r.path} ${r.bytes} (HTTP/${r.http})`),
      keystrokes: [],
    };
    server.log = null;
    if (throttled) await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    let text = query;
    for (const key of later) {
      await page.waitForTimeout(200);
      text += key;
      const before = await page.evaluate(() => window.__updates.length);
      const askedBefore = await page.evaluate(() => window.__asked.length);
      const at = await page.evaluate(enter, { selector: selectors.input, text });
      await page.waitForFunction((n) => window.__updates.length > n, before, { timeout: 60000, polling: 10 })
        .catch(async (error) => {
          log(JSON.stringify(await page.evaluate(() => [window.__updates, window.__asked])));
          throw error;
        });
      const [updated, asked] = await page.evaluate((n) => [window.__updates.at(-1), window.__asked[n]], askedBefore);
      result.keystrokes.push({ totalMs: updated.at - at, afterAskMs: asked ? updated.at - asked.at : NaN,
        results: updated.results });
    }
    return result;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Statistics and tables.
// ---------------------------------------------------------------------------------------------------------------

function median(values) {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => Number.isNaN(value) ? "–" : `${Math.round(value)} ms`;
const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : "–");

async function main() {
  if (!fs.existsSync(pagefindBin)) throw new Error(`no ${pagefindBin}: run npm install --prefix eval`);
  fs.mkdirSync(args.work, { recursive: true });
  const sizes = args.sizes.split(",").map((s) => s.trim()).filter(Boolean);
  const sites = sizes.map(buildSite);
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"] });
  const rows = [];
  try {
    for (const site of sites) {
      server.root = site.site;
      server.cache.clear();
      for (const [lang, query] of QUERIES) {
        for (const throttled of [false, true]) {
          const measured = {};
          for (const engine of Object.keys(ENGINES)) {
            const runs = [];
            for (let run = 0; run < RUNS; run++) {
              const later = throttled ? [] : LATER[lang] ?? [];
              const result = await coldLoad(browser, server, engine, lang, query, throttled, later);
              runs.push(result);
              if (args.verbose) {
                log(`${site.size} ${lang} ${engine} ${throttled ? "slow4g" : "fast"} #${run}: ${kb(result.bytes)} `
                  + `${result.requests} req ${ms(result.firstResultMs)} task ${ms(result.longestTaskMs)} (cpu ${ms(result.longestTaskCpuMs)}), `
                  + `${result.longTasks} long task(s) by PerformanceObserver, trace: ${result.traced}\n  `
                  + result.files.join("\n  "));
              }
            }
            measured[engine] = {
              bytes: median(runs.map((r) => r.bytes)), requests: median(runs.map((r) => r.requests)),
              firstResultMs: median(runs.map((r) => r.firstResultMs)),
              longestTaskMs: median(runs.map((r) => r.longestTaskMs)),
              longestTaskCpuMs: median(runs.map((r) => r.longestTaskCpuMs)),
              worstTaskMs: Math.max(...runs.map((r) => r.longestTaskMs)),
              longTasks: Math.max(...runs.map((r) => r.longTasks)),
              keystrokes: runs.flatMap((r) => r.keystrokes),
            };
          }
          rows.push({ site, lang, query, throttled, ...measured });
          const f = measured["faq-site"], p = measured.Pagefind;
          log(`${site.size} ${lang} ${throttled ? "Slow 4G" : "no throttling"}: faq-site ${kb(f.bytes)} ${f.requests} req `
            + `${ms(f.firstResultMs)} | Pagefind ${kb(p.bytes)} ${p.requests} req ${ms(p.firstResultMs)}`);
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  print(sites, rows);
}

function print(sites, rows) {
  const load = os.loadavg().map((l) => l.toFixed(1)).join(" ");
  console.log(`Pagefind comparison: Chromium ${"/usr/bin/chromium"}, ${os.cpus().length} CPUs (load ${load}), `
    + `${args.http1 ? "HTTP/1.1" : "HTTP/2"}, median of ${RUNS} cold loads; ratio = faq-site / Pagefind.\n`);
  console.log("Index, both languages: files on disk and as served (gzip for text); time: faq-site's index stage in "
    + "its build, Pagefind's whole run (reading the HTML included).\n");
  console.log("| site | question pages | faq-site on disk / served | faq-site time | Pagefind on disk / served | Pagefind time |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const s of sites) {
    console.log(`| ${s.size} | ${s.questionPages} | ${kb(s.faqIndexBytes.raw)} / ${kb(s.faqIndexBytes.sent)} `
      + `| ${s.indexMs} ms | ${kb(s.pagefindBytes.raw)} / ${kb(s.pagefindBytes.sent)} | ${s.pagefindMs} ms |`);
  }
  console.log("\nFirst query of a page (bytes: encoded bodies; time: input event → first result in the DOM; "
    + "longest task: page main thread, Chromium trace, wall time with the thread's CPU time in it):\n");
  console.log("| site | lang | query | network | bytes faq-site / Pagefind (ratio) | requests | first result (ratio) "
    + "| longest task: median (CPU), worst run |");
  console.log("|---|---|---|---|---:|---:|---:|---:|");
  for (const r of rows) {
    const f = r["faq-site"], p = r.Pagefind;
    console.log(`| ${r.site.size} | ${r.lang} | ${r.query} | ${r.throttled ? "Slow 4G" : "none"} `
      + `| ${kb(f.bytes)} / ${kb(p.bytes)} (${ratio(f.bytes, p.bytes)}) | ${f.requests} / ${p.requests} `
      + `| ${ms(f.firstResultMs)} / ${ms(p.firstResultMs)} (${ratio(f.firstResultMs, p.firstResultMs)}) `
      + `| ${ms(f.longestTaskMs)} (${ms(f.longestTaskCpuMs)}), ${ms(f.worstTaskMs)} / `
      + `${ms(p.longestTaskMs)} (${ms(p.longestTaskCpuMs)}), ${ms(p.worstTaskMs)} |`);
  }
  console.log("\nLater keystrokes, no throttling (one input event each after the first results; median / max; "
    + `"engine" is from the moment the engine is asked, after the ${DEBOUNCE_MS} ms debounce, to the updated list):\n`);
  console.log("| site | lang | keystrokes | faq-site total | faq-site engine | Pagefind total | Pagefind engine |");
  console.log("|---|---|---|---:|---:|---:|---:|");
  for (const r of rows.filter((row) => !row.throttled)) {
    const f = r["faq-site"].keystrokes, p = r.Pagefind.keystrokes;
    const cell = (list, key) => `${ms(median(list.map((k) => k[key])))} / ${ms(Math.max(...list.map((k) => k[key])))}`;
    console.log(`| ${r.site.size} | ${r.lang} | ${r.query} + ${JSON.stringify((LATER[r.lang] || []).join(""))} `
      + `| ${cell(f, "totalMs")} | ${cell(f, "afterAskMs")} | ${cell(p, "totalMs")} | ${cell(p, "afterAskMs")} |`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
