// Screenshots of every page type of a built site, both languages, at 390 px (phone) and 1366 px (desktop), light
// and dark, for looking at. Usage:
//   java -jar target/faq-site.jar build && npm install --prefix eval
//   node eval/screenshots.mjs [--site target/site] [--out target/screenshots] [--full] [--only zh-document]
//        [--pages name=path,name=path]   (any site, e.g. the MkDocs build of eval/mkdocs-compare.sh)
// Needs Chromium at /usr/bin/chromium (CHROME_PATH overrides); no network.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { pageTypes, serveSite } from "./lib/cdn-server.mjs";

const { values: args } = parseArgs({
  options: {
    site: { type: "string", default: "target/site" },
    out: { type: "string", default: "target/screenshots" },
    only: { type: "string", default: "" },
    full: { type: "boolean", default: false },
    pages: { type: "string", default: "" },
  },
});
const root = path.resolve(args.site);
fs.mkdirSync(args.out, { recursive: true });
const server = await serveSite(root);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
try {
  const pages = args.pages ? args.pages.split(",").map((entry) => {
    // Split at the first "=" only: a page's path may carry a query (/zh/search/?q=…).
    const at = entry.indexOf("=");
    return { lang: entry.slice(0, at), type: "page", path: entry.slice(at + 1) };
  }) : pageTypes(root);
  for (const page of pages) {
    if (args.only && !`${page.lang}-${page.type}`.includes(args.only)) {
      continue;
    }
    for (const [device, viewport] of [["phone", { width: 390, height: 844 }], ["desktop", { width: 1366, height: 900 }]]) {
      for (const scheme of ["light", "dark"]) {
        const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1,
          isMobile: device === "phone", hasTouch: device === "phone" });
        const tab = await context.newPage();
        await tab.goto(server.url(page.path), { waitUntil: "networkidle" });
        const file = path.join(args.out, `${page.lang}-${page.type}-${device}-${scheme}.png`);
        await tab.screenshot({ path: file, fullPage: args.full });
        console.log(file);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
