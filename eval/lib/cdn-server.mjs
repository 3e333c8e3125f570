// A static server for a built site that answers as a CDN would: gzip for text, long cache for assets, short for
// HTML, the site's 404.html (status 404) for a missing address. Optionally under a sub-path (--base /faq/).
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png", ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8", ".ico": "image/x-icon",
};
const TEXT = new Set([".html", ".css", ".js", ".json", ".svg", ".xml", ".txt"]);

/** Starts the server on 127.0.0.1 and a free port; resolves to { url(path), close() }. */
export function serveSite(root, base = "/") {
  const server = http.createServer((request, response) => {
    const requested = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    let file = null;
    if (requested.startsWith(base)) {
      file = path.join(root, requested.slice(base.length));
      if (!file.startsWith(root)) {
        file = null;
      } else if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
        file = path.join(file, "index.html");
      }
    }
    let status = 200;
    if (!file || !fs.existsSync(file)) {
      status = 404;
      file = path.join(root, "404.html");
    }
    const extension = path.extname(file);
    let body = fs.readFileSync(file);
    const headers = {
      "content-type": TYPES[extension] || "application/octet-stream",
      "cache-control": extension === ".html" ? "public, max-age=600" : "public, max-age=31536000",
    };
    if (TEXT.has(extension) && /\bgzip\b/.test(request.headers["accept-encoding"] || "")) {
      body = zlib.gzipSync(body, { level: 6 });
      headers["content-encoding"] = "gzip";
      headers.vary = "accept-encoding";
    }
    headers["content-length"] = body.length;
    response.writeHead(status, headers);
    response.end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolve({
        url: (page) => origin + base + page.replace(/^\//, ""),
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

/** One page of each type in each language of a built site: the first document and question pages found. */
export function pageTypes(root, languages = ["zh", "en"]) {
  const pages = [];
  for (const lang of languages) {
    const docs = fs.readdirSync(path.join(root, lang, "docs")).sort();
    const questions = fs.readdirSync(path.join(root, lang, "q")).sort();
    const isRedirect = (id) => /http-equiv="refresh"/.test(fs.readFileSync(path.join(root, lang, "q", id, "index.html"), "utf8"));
    const hasCode = (id) => /class="code-block"/.test(fs.readFileSync(path.join(root, lang, "q", id, "index.html"), "utf8"));
    const merged = questions.find((id) => !isRedirect(id)
      && /class="more-answer"/.test(fs.readFileSync(path.join(root, lang, "q", id, "index.html"), "utf8")));
    const longest = docs.map((d) => [d, fs.statSync(path.join(root, lang, "docs", d, "index.html")).size])
      .sort((a, b) => b[1] - a[1])[0][0];
    pages.push({ lang, type: "home", path: `${lang}/` });
    pages.push({ lang, type: "document", path: `${lang}/docs/${longest}/` });
    pages.push({ lang, type: "question", path: `${lang}/q/${questions.find((id) => !isRedirect(id))}/` });
    const code = questions.find((id) => !isRedirect(id) && hasCode(id));
    if (code) {
      pages.push({ lang, type: "question-code", path: `${lang}/q/${code}/` });
    }
    if (merged) {
      pages.push({ lang, type: "merged", path: `${lang}/q/${merged}/` });
    }
    pages.push({ lang, type: "search", path: `${lang}/search/?q=${lang === "zh" ? "模型" : "model"}` });
    // Lighthouse does not audit a page answered with status 404; the same page is served at its own address.
    pages.push({ lang, type: "404", path: `${lang}/404.html` });
  }
  pages.push({ lang: "all", type: "root-404", path: "404.html" });
  return pages;
}
