#!/usr/bin/env python3
"""Writes a Hugo site equivalent to a faq-site content folder, for eval/hugo-compare.sh.

One page per question per language (content/<lang>/docs/<document>/<id>.md, published at /<lang>/q/<id>/ as
faq-site publishes it), one list page per document showing every question with its answer (the document's
_index.md), a home page per language listing the documents, a 404 page and Hugo's sitemaps. The templates are
small but do what faq-site's do on every page: a header with the site title and the language switch, hreflang
alternates, a description, the question, the answer's markdown, links between question and document.

Reads only what the comparison needs from faq-site's formats: site.yaml's languages, each document's front matter
title and slug, and question headings carrying an id ({#id ...}); a question runs to the next such heading.
The same content folder always gives the same bytes. Standard library only.

Usage: python3 eval/lib/hugo-site.py CONTENT_DIR HUGO_SITE_DIR
"""
import json
import re
import shutil
import sys
from pathlib import Path

QUESTION_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*\{#([A-Za-z0-9_-]+)[^}]*\}[ \t]*$")
# faq-site titles a question without its position in the document ("3. Why …" → "Why …").
NUMBERING = re.compile(r"^\d+[.、)][ \t]*")
MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def site_languages(site_yaml):
    """[(code, fields)] in site.yaml order, from its `languages:` list of flat mappings; the default first."""
    languages, current, default = [], None, None
    for line in site_yaml.read_text(encoding="utf-8").splitlines():
        item = re.match(r"^\s*-\s+(\w+):\s*(.*)$", line)
        field = re.match(r"^\s+(\w+):\s*(.*)$", line)
        if item:
            current = {}
            languages.append(current)
            current[item.group(1)] = scalar(item.group(2))
        elif field and current is not None:
            current[field.group(1)] = scalar(field.group(2))
        elif line.startswith("defaultLanguage:"):
            default = scalar(line.split(":", 1)[1])
    languages.sort(key=lambda language: language.get("code") != default)
    return languages


def scalar(text):
    """A YAML scalar as written in faq-site's files: plain, or double-quoted with JSON-compatible escapes."""
    text = text.strip()
    if text.startswith('"'):
        return json.loads(text)
    if text.startswith("'"):
        return text[1:-1].replace("''", "'")
    return re.sub(r"\s+#.*$", "", text)


def split_front_matter(markdown):
    if not markdown.startswith("---\n"):
        return {}, markdown
    end = markdown.index("\n---\n", 3)
    fields = {}
    for line in markdown[4:end].splitlines():
        if re.match(r"^\w[\w-]*:", line):
            key, value = line.split(":", 1)
            fields[key] = scalar(value)
    return fields, markdown[end + 5:]


def questions_of(body):
    """(intro markdown, [(id, title, answer markdown)]) of a document body."""
    intro, questions, current = [], [], None
    for line in body.splitlines():
        heading = QUESTION_HEADING.match(line)
        if heading:
            title = MARKDOWN_ESCAPE.sub(r"\1", NUMBERING.sub("", heading.group(2)))
            current = (heading.group(3), title, [])
            questions.append(current)
        elif current is None:
            intro.append(line)
        else:
            current[2].append(line)
    return "\n".join(intro).strip(), [(qid, title, "\n".join(lines).strip()) for qid, title, lines in questions]


def front_matter(**fields):
    # JSON strings are YAML strings: no quoting rules of our own.
    return "---\n" + "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in fields.items()) \
        + "---\n"


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def main(content_dir, site_dir):
    languages = site_languages(content_dir / "site.yaml")
    if not languages:
        sys.exit(f"{content_dir}/site.yaml: error: no languages found")
    if site_dir.exists():
        shutil.rmtree(site_dir)
    default = languages[0]["code"]
    # A document keeps the source language's slug in every language, as faq-site pairs documents by file name.
    slugs = {}
    for source in sorted((content_dir / default).glob("*.md")):
        fields, _ = split_front_matter(source.read_text(encoding="utf-8"))
        slugs[source.stem] = fields.get("slug", source.stem)
    pages = 0
    order = {stem: number for number, stem in enumerate(slugs, start=1)}
    for language in languages:
        code = language["code"]
        for source in sorted((content_dir / code).glob("*.md")):
            fields, body = split_front_matter(source.read_text(encoding="utf-8"))
            slug = slugs.get(source.stem, fields.get("slug", source.stem))
            intro, questions = questions_of(body)
            folder = site_dir / "content" / code / "docs" / slug
            write(folder / "_index.md", front_matter(title=fields.get("title", slug), weight=order.get(source.stem, len(order) + 1)) + intro + "\n")
            for position, (qid, title, answer) in enumerate(questions, start=1):
                write(folder / f"{qid}.md", front_matter(title=title, slug=qid, weight=position) + answer + "\n")
            pages += len(questions)
    write(site_dir / "hugo.toml", hugo_config(languages))
    for name, text in LAYOUTS.items():
        write(site_dir / "layouts" / name, text)
    write(site_dir / "static" / "style.css", STYLE)
    print(f"Wrote a Hugo site of {pages} question pages in {len(languages)} languages into {site_dir}")


def hugo_config(languages):
    lines = [
        'baseURL = "https://faq.example.org/"',
        f'defaultContentLanguage = "{languages[0]["code"]}"',
        "defaultContentLanguageInSubdir = true",
        # faq-site has no RSS feeds or taxonomies; Hugo would otherwise build them for every language.
        'disableKinds = ["RSS", "taxonomy", "term"]',
        "enableGitInfo = false",
        "[permalinks]",
        '  docs = "/q/:slug/"',
        "[languages]",
    ]
    for weight, language in enumerate(languages, start=1):
        code = language["code"]
        lines += [
            f"  [languages.{code}]",
            f"    contentDir = \"content/{code}\"",
            f"    languageName = {json.dumps(language.get('name', code), ensure_ascii=False)}",
            f"    title = {json.dumps(language.get('title', code), ensure_ascii=False)}",
            f"    weight = {weight}",
            f"    [languages.{code}.params]",
            f"      description = {json.dumps(language.get('description', ''), ensure_ascii=False)}",
            f"      htmlLang = {json.dumps(language.get('htmlLang', code))}",
        ]
    return "\n".join(lines) + "\n"


LAYOUTS = {
    "_default/baseof.html": """<!doctype html>
<html lang="{{ site.Params.htmlLang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ site.Title }}</title>
<meta name="description" content="{{ block "description" . }}{{ site.Params.description }}{{ end }}">
<link rel="canonical" href="{{ .Permalink }}">
{{- range .AllTranslations }}
<link rel="alternate" hreflang="{{ .Site.Params.htmlLang }}" href="{{ .Permalink }}">
{{- end }}
<link rel="stylesheet" href="{{ "style.css" | absURL }}">
</head>
<body>
<a class="skip-link" href="#main">↓</a>
<header class="site-header">
  <a class="site-title" href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a>
  <nav aria-label="{{ site.Language.LanguageName }}">
    <ul>
    {{- range .AllTranslations }}
      <li><a href="{{ .RelPermalink }}" hreflang="{{ .Site.Params.htmlLang }}" lang="{{ .Site.Params.htmlLang }}"
        {{- if eq .Language.Lang site.Language.Lang }} aria-current="true"{{ end }}>{{ .Language.LanguageName }}</a></li>
    {{- end }}
    </ul>
  </nav>
</header>
<main id="main">
{{ block "main" . }}{{ end }}
</main>
</body>
</html>
""",
    "_default/single.html": """{{ define "description" }}{{ .Summary | plainify | truncate 160 }}{{ end }}
{{ define "main" }}
<article>
  <p class="breadcrumb"><a href="{{ .Parent.RelPermalink }}">{{ .Parent.Title }}</a></p>
  <h1>{{ .Title }}</h1>
  {{ .Content }}
  <nav class="pager">
    {{- with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
    {{- with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
  </nav>
  <p><a href="{{ .Parent.RelPermalink }}#{{ .File.ContentBaseName }}">{{ .Parent.Title }}</a></p>
</article>
{{ end }}
""",
    "_default/list.html": """{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ .Content }}
<nav aria-label="{{ .Title }}">
  <ol>
  {{- range .Pages.ByWeight }}
    <li><a href="#{{ .File.ContentBaseName }}">{{ .Title }}</a></li>
  {{- end }}
  </ol>
</nav>
{{- range .Pages.ByWeight }}
<section>
  <h2 id="{{ .File.ContentBaseName }}"><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
  {{ .Content }}
</section>
{{- end }}
{{ end }}
""",
    "index.html": """{{ define "main" }}
<h1>{{ site.Title }}</h1>
<p>{{ site.Params.description }}</p>
<ul id="documents">
{{- with site.GetPage "/docs" }}
  {{- range .Sections.ByWeight }}
  <li><a href="{{ .RelPermalink }}">{{ .Title }}</a> ({{ len .Pages }})</li>
  {{- end }}
{{- end }}
</ul>
{{ end }}
""",
    "404.html": """{{ define "main" }}
<h1>404</h1>
<p><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a></p>
{{ end }}
""",
}

STYLE = """body { max-width: 48rem; margin: 0 auto; padding: 1rem; font: 1rem/1.6 system-ui, sans-serif; }
.site-header { display: flex; justify-content: space-between; align-items: center; }
.site-header ul { display: flex; gap: 1rem; list-style: none; margin: 0; padding: 0; }
.skip-link { position: absolute; left: -100vw; }
.skip-link:focus { left: 1rem; }
"""

if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[-1])
    main(Path(sys.argv[1]), Path(sys.argv[2]))
