#!/usr/bin/env bash
# The same Chinese content as a MkDocs Material site, for comparing screenshots with faq-site's theme.
# Needs Debian's mkdocs and mkdocs-material (apt-get install mkdocs mkdocs-material: Material 8.2, the version
# Debian ships) and eval's npm packages. Usage: bash eval/mkdocs-compare.sh [content/zh] [target/mkdocs]
set -euo pipefail
content=${1:-content/zh}
out=${2:-target/mkdocs}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/docs"
# Question headings carry {#id source-version=…}; attr_list reads the id and would print the rest as attributes.
for file in "$content"/*.md; do
  sed -E 's/\{#([a-z0-9-]+)[^}]*\}/{#\1}/' "$file" > "$work/docs/$(basename "$file")"
done
cat > "$work/mkdocs.yml" <<YAML
site_name: AI 大模型创业问答
theme:
  name: material
  language: zh
  features: [navigation.sections, toc.follow, navigation.top]
  palette:
    - media: "(prefers-color-scheme: light)"
      scheme: default
      toggle: {icon: material/brightness-7, name: 深色}
    - media: "(prefers-color-scheme: dark)"
      scheme: slate
      toggle: {icon: material/brightness-4, name: 浅色}
markdown_extensions:
  - attr_list
  - tables
  - toc: {permalink: true}
  - pymdownx.highlight
  - pymdownx.superfences
YAML
(cd "$work" && mkdocs build -q -d site)
rm -rf "$out" && mkdir -p "$out" && cp -r "$work/site/." "$out/"
first=$(ls "$out" | grep -E '^[0-9]' | sort | sed -n 2p)
node eval/screenshots.mjs --site "$out" --out target/screenshots-mkdocs --pages "mkdocs-home=/,mkdocs-document=/$first/"
