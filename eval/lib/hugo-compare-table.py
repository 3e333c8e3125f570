#!/usr/bin/env python3
"""The Markdown table of eval/hugo-compare.sh for one size: medians, ratios faq-site / Hugo, every run.

Usage: python3 eval/lib/hugo-compare-table.py SIZE RESULTS_FILE HUGO_VERSION
RESULTS_FILE holds one line per timed run: "tool wall_seconds cpu_seconds peak_rss_kb html_pages" (tool: faq-site or hugo).
"""
import statistics
import sys


def main(size, results, hugo_version):
    runs = {"faq-site": [], "hugo": []}
    with open(results, encoding="utf-8") as lines:
        for line in lines:
            tool, wall, cpu, rss, pages = line.split()
            runs[tool].append((float(wall), float(cpu), int(rss), int(pages)))
    medians = {tool: [statistics.median(r[i] for r in measured) for i in range(3)] for tool, measured in runs.items()}
    print(f"### {size:,} questions × 2 languages (median of {len(runs['hugo'])} runs)")
    print()
    print("| tool | wall | peak RSS | CPU (user + sys) | HTML pages | wall per run |")
    print("|---|---|---|---|---|---|")
    names = {"faq-site": "faq-site `build`", "hugo": f"Hugo {hugo_version}"}
    for tool, measured in runs.items():
        wall, cpu, rss = medians[tool]
        pages = "/".join(sorted({str(r[3]) for r in measured}))
        every = ", ".join(f"{r[0]:.2f}" for r in measured)
        print(f"| {names[tool]} | {wall:.2f} s | {rss / 1024:.0f} MB | {cpu:.2f} s | {pages} | {every} |")
    ratios = [faq / hugo for faq, hugo in zip(medians["faq-site"], medians["hugo"])]
    print(f"| **faq-site / Hugo** | **{ratios[0]:.2f}×** | **{ratios[2]:.2f}×** | {ratios[1]:.2f}× | | |")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__.strip().splitlines()[-2])
    main(int(sys.argv[1]), sys.argv[2], sys.argv[3])
