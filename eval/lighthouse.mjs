// Lighthouse 12 (mobile, the default emulation) and axe-core over one page of every type of a built site, in both
// languages and both colour schemes, served as a CDN would (gzip, cache headers, 404.html with status 404).
// Prints a Markdown table of the four category scores and the axe violations per page; writes the Lighthouse
// JSON reports to --out.
//
// Usage:
//   mvn -B -q -o package -DskipTests && java -jar target/faq-site.jar build
//   npm install --prefix eval
//   CHROME_PATH=/usr/bin/chromium node eval/lighthouse.mjs [--site target/site] [--out target/lighthouse]
//        [--only zh-document] [--schemes light,dark]
// No network: everything is served from 127.0.0.1.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";
import { pageTypes, serveSite } from "./lib/cdn-server.mjs";

const { values: args } = parseArgs({
  options: {
    site: { type: "string", default: "target/site" },
    out: { type: "string", default: "target/lighthouse" },
    only: { type: "string", default: "" },
    schemes: { type: "string", default: "light,dark" },
  },
});
const chromePath = process.env.CHROME_PATH || "/usr/bin/chromium";
const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const root = path.resolve(args.site);
fs.mkdirSync(args.out, { recursive: true });
const axeSource = fs.readFileSync(new URL("./node_modules/axe-core/axe.min.js", import.meta.url), "utf8");
const server = await serveSite(root);

/** Lighthouse's four scores (0–100) for one page in one colour scheme. */
async function audit(url, scheme) {
  const chrome = await chromeLauncher.launch({ chromePath,
    chromeFlags: [...FLAGS, ...(scheme === "dark" ? ["--force-dark-mode"] : [])] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" });
    const scores = Object.fromEntries(Object.entries(result.lhr.categories)
      .map(([id, category]) => [id, category.score === null ? "error" : Math.round(category.score * 100)]));
    const failed = Object.values(result.lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative"
        && a.scoreDisplayMode !== "manual" && a.scoreDisplayMode !== "notApplicable")
      .map((a) => a.id);
    return { scores, failed, report: result.report };
  } finally {
    await chrome.kill();
  }
}

/** axe-core violations in a phone-sized page, and console errors. */
async function axe(browser, url, scheme) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, colorScheme: scheme });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && !/status of 404/.test(m.text()) && errors.push(m.text()));
  await page.goto(url, { waitUntil: "networkidle" });
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => (await window.axe.run()).violations
    .map((v) => `${v.id}(${v.nodes.length})`));
  await context.close();
  return [...violations, ...errors.map((e) => "console: " + e)];
}

const browser = await chromium.launch({ executablePath: chromePath, args: FLAGS.slice(1) });
const rows = [];
try {
  for (const page of pageTypes(root)) {
    for (const scheme of args.schemes.split(",")) {
      const name = `${page.lang}-${page.type}-${scheme}`;
      if (args.only && !name.includes(args.only)) {
        continue;
      }
      const url = server.url(page.path);
      const { scores, failed, report } = await audit(url, scheme);
      fs.writeFileSync(path.join(args.out, name + ".json"), report);
      const violations = await axe(browser, url, scheme);
      rows.push([page.lang, page.type, scheme, scores.performance, scores.accessibility, scores["best-practices"],
        scores.seo, violations.join(" ") || "0", failed.join(" ")]);
      process.stderr.write(rows.at(-1).join(" | ") + "\n");
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log("| lang | page | scheme | perf | a11y | best practices | SEO | axe violations | audits below 1 |");
console.log("|---|---|---|---|---|---|---|---|---|");
for (const row of rows) {
  console.log(`| ${row.join(" | ")} |`);
}
