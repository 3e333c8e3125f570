#!/usr/bin/env python3
"""How far the dedup signals can go on labelled question pairs (LCQMC-style), and whether combining them helps.

Usage:
  java -jar target/faq-site.jar eval-dedup --pairs ../shared/data/lcqmc-dev.tsv --signals > /tmp/signals.tsv
  python3 eval/dedup-signals.py ../shared/data/lcqmc-dev.tsv /tmp/signals.tsv [--precision 0.9] [--seed 7]

For each signal (the meaning cosine, the wording score) and for logistic combinations of them with simple
character-overlap features, it fits on a random half of the pairs, picks the threshold that keeps precision at the
target on that half, and reports average precision and precision / recall at that threshold on the other half:
the best recall a rule built from these signals can expect at that precision. Plain Python, no packages.

The build's row is in-sample for the Chinese model: its same-meaning classifier was trained on the LCQMC development
pairs. What to expect on pairs it has not seen: `eval-dedup --pairs … --train-head FILE` (trained on one half,
measured on the other).
"""
import argparse
import math
import random
import unicodedata


def normalised(text):
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(c for c in text if c.isalnum())


def lcs(a, b):
    previous = [0] * (len(b) + 1)
    for ca in a:
        current = [0]
        for j, cb in enumerate(b):
            current.append(previous[j] + 1 if ca == cb else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def features(first, second, wording, meaning):
    a, b = normalised(first), normalised(second)
    chars_a, chars_b = set(a), set(b)
    bigrams_a = {a[i:i + 2] for i in range(len(a) - 1)}
    bigrams_b = {b[i:i + 2] for i in range(len(b) - 1)}
    longest = max(1, len(a), len(b))
    return {
        "meaning": meaning,
        "wording": wording,
        "characters": len(chars_a & chars_b) / max(1, len(chars_a | chars_b)),
        "bigrams": len(bigrams_a & bigrams_b) / max(1, len(bigrams_a | bigrams_b)),
        "in order": lcs(a, b) / longest,
        "length ratio": min(len(a), len(b)) / longest,
    }


def fit(rows, names, iterations=400, rate=2.0, l2=1e-4):
    weights = [0.0] * (len(names) + 1)
    for _ in range(iterations):
        gradient = [0.0] * len(weights)
        for x, y in rows:
            v = [1.0] + [x[n] for n in names]
            z = max(-30.0, min(30.0, sum(w * f for w, f in zip(weights, v))))
            error = 1 / (1 + math.exp(-z)) - y
            for k in range(len(weights)):
                gradient[k] += error * v[k]
        for k in range(len(weights)):
            weights[k] -= rate * (gradient[k] / len(rows) + l2 * weights[k])
    return weights


def score(weights, names, x):
    return sum(w * f for w, f in zip(weights, [1.0] + [x[n] for n in names]))


def threshold_for(scored, precision):
    """The lowest score whose pairs at or above it keep the precision; None if no threshold does."""
    scored = sorted(scored, key=lambda s: -s[0])
    positives = sum(y for _, y in scored)
    tp = fp = 0
    best = None
    best_recall = -1.0
    for k, (s, y) in enumerate(scored):
        tp += y
        fp += 1 - y
        if (k + 1 == len(scored) or scored[k + 1][0] < s) and tp / (tp + fp) >= precision:
            if tp / positives > best_recall:
                best_recall, best = tp / positives, s
    return best


def measure(scored, threshold):
    positives = sum(y for _, y in scored)
    tp = sum(1 for s, y in scored if threshold is not None and s >= threshold and y)
    fp = sum(1 for s, y in scored if threshold is not None and s >= threshold and not y)
    ordered = sorted(scored, key=lambda s: -s[0])
    hits = 0
    average = 0.0
    for rank, (_, y) in enumerate(ordered, 1):
        if y:
            hits += 1
            average += hits / rank
    return average / positives, (tp / (tp + fp) if tp + fp else 1.0), tp / positives


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs")
    parser.add_argument("signals")
    parser.add_argument("--precision", type=float, default=0.9)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    rows = []
    with open(args.pairs, encoding="utf-8") as pairs, open(args.signals, encoding="utf-8") as signals:
        for pair, signal in zip(pairs, signals):
            fields = pair.rstrip("\n").split("\t")
            values = signal.rstrip("\n").split("\t")
            if len(fields) < 3 or fields[2].strip() not in ("0", "1") or len(values) < 4:
                continue
            x = features(fields[0], fields[1], float(values[2]), float(values[3]))
            x["the build's decision"] = float(values[0])
            rows.append((x, int(fields[2])))
    if any(math.isnan(x["meaning"]) for x, _ in rows):
        raise SystemExit("the signals have no meaning scores: the embedding model did not run")
    random.Random(args.seed).shuffle(rows)
    calibration, held_out = rows[: len(rows) // 2], rows[len(rows) // 2:]

    print(f"{len(rows)} labelled pairs; calibrated on {len(calibration)}, measured on the other {len(held_out)}; "
          f"threshold for precision >= {args.precision} on the calibration half")
    width = 75
    print(f"| {'signal':<{width}} | average precision | precision | recall |")
    print(f"|{'-' * (width + 2)}|-------------------|-----------|--------|")
    decided = [(x["the build's decision"], y) for x, y in held_out]
    average, precision, recall = measure(decided, 1.0)
    print(f"| {'the build (its own thresholds, no calibration here)':<{width}} | {'-':>17} | {precision:9.3f} | "
          f"{recall:6.3f} |")
    candidates = [["meaning"], ["wording"], ["meaning", "wording"],
                  ["meaning", "wording", "characters", "bigrams", "in order", "length ratio"]]
    for names in candidates:
        if len(names) == 1:
            scorer = lambda x, n=names[0]: x[n]
            label = names[0]
        else:
            weights = fit(calibration, names)
            scorer = lambda x, w=weights, n=names: score(w, n, x)
            label = "logistic: " + ", ".join(names)
        threshold = threshold_for([(scorer(x), y) for x, y in calibration], args.precision)
        average, precision, recall = measure([(scorer(x), y) for x, y in held_out], threshold)
        print(f"| {label:<{width}} | {average:17.3f} | {precision:9.3f} | {recall:6.3f} |")


if __name__ == "__main__":
    main()
