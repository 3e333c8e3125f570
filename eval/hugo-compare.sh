#!/usr/bin/env bash
# faq-site's build against Hugo's on the same synthetic FAQ (issue 14): wall time and peak RSS, medians of R runs.
#
# For each size N: `faq-site bench-site N` writes N distinct questions in zh + en (20 a document),
# eval/lib/hugo-site.py turns that content folder into the equivalent Hugo site (a page per question per
# language, a page per document listing its questions with their answers, small comparable templates), then the
# two builds run alternately R times under /usr/bin/time -v, each into a deleted output folder. Prints one
# Markdown table per size: medians, the ratios faq-site / Hugo, and the HTML pages each tool wrote. Progress goes
# to stderr, the tables to stdout.
#
# Needs Debian's Hugo (apt-get install -y hugo: 0.111), GNU time (apt-get install -y time), python3 and the jar
# (mvn -B -q -o package -DskipTests). JAVA_OPTS is passed to the faq-site JVM (e.g. JAVA_OPTS=-Xmx2g).
#
# Usage: bash eval/hugo-compare.sh [--sizes 1000,10000] [--runs 3] [--warmup 1] [--work /tmp/faq-site-hugo]
#                                  [--reuse] [--cold-embeddings] [--jar target/faq-site.jar] [--plain-java]
#   --sizes            comma-separated question counts per language (100000 works too; it takes a while)
#   --runs             timed runs per tool and size; the table shows the median and every run
#   --warmup           untimed builds per tool first: the OS file cache holds the content for both, and
#                      faq-site's embeddings cache (.faq-site-cache beside the content) is filled as a user's
#                      second build would find it
#   --work             folder for content, Hugo sites, outputs and logs: WORK/N/{content,hugo,faq-out,hugo-out}.
#                      Both tools write some 20,000 files at 10,000 questions: on a shared virtual disk that is
#                      seconds of system time that vary from run to run; --work /dev/shm/faq-site-hugo (tmpfs)
#                      measures the builds without it
#   --reuse            keep an existing WORK/N/content folder and WORK/N/hugo site instead of writing them again
#                      (a content folder put there by hand gets its Hugo site written)
#   --cold-embeddings  delete faq-site's embeddings cache before every faq-site run (it then embeds every question)
#   --jar              the faq-site jar to measure, run through the launcher ./faq-site (its JVM options and
#                      class-data archive, as a user runs it)
#   --plain-java       run the jar with `java -jar` and the JVM's defaults instead of the launcher
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=1000,10000
runs=3
warmup=1
work=/tmp/faq-site-hugo
reuse=false
cold_embeddings=false
jar=target/faq-site.jar
plain_java=false
usage() { sed -n '/^# Usage:/,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }
while [[ $# -gt 0 ]]; do
  case $1 in
    --sizes) sizes=${2:?}; shift 2 ;;
    --runs) runs=${2:?}; shift 2 ;;
    --warmup) warmup=${2:?}; shift 2 ;;
    --work) work=${2:?}; shift 2 ;;
    --reuse) reuse=true; shift ;;
    --cold-embeddings) cold_embeddings=true; shift ;;
    --jar) jar=${2:?}; shift 2 ;;
    --plain-java) plain_java=true; shift ;;
    -h|--help) usage ;;
    *) echo "error: unknown argument $1" >&2; usage ;;
  esac
done
[[ $sizes =~ ^[0-9]+(,[0-9]+)*$ ]] || { echo "error: --sizes takes numbers separated by commas, not $sizes" >&2; exit 2; }
[[ $runs =~ ^[1-9][0-9]*$ && $warmup =~ ^[0-9]+$ ]] || { echo "error: --runs needs 1 or more, --warmup 0 or more" >&2; exit 2; }

missing() { echo "error: $1 not found" >&2; echo "hint: $2" >&2; exit 2; }
command -v hugo >/dev/null || missing hugo "install Debian's Hugo 0.111: apt-get install -y hugo"
[[ -x /usr/bin/time ]] || missing /usr/bin/time "install GNU time: apt-get install -y time"
command -v python3 >/dev/null || missing python3 "install python3 (the standard library is enough)"
command -v java >/dev/null || missing java "install a JDK 17 or later"
[[ -f $jar ]] || missing "$jar" "build it: mvn -B -q -o package -DskipTests"
jar=$(realpath "$jar")
work=$(realpath -m "$work")
read -r -a java_opts <<< "${JAVA_OPTS:-}"

# Runs one timed build: `timed TOOL RUN_LABEL OUTPUT_FOLDER LOG COMMAND...`; appends "tool wall_s cpu_s rss_kb pages" to
# the size's results unless the label is "warmup". CPU time (user + system) says how much of the wall time other
# processes on a shared machine may have taken.
timed() {
  local tool=$1 label=$2 out=$3 log=$4
  shift 4
  rm -rf "$out" "$dir/hugo-cache"
  if [[ $tool == faq-site && $cold_embeddings == true ]]; then
    rm -rf "$dir/.faq-site-cache"
  fi
  if ! /usr/bin/time -v -o "$log.time" "$@" > "$log" 2>&1; then
    echo "error: $tool build failed ($label); last lines of $log:" >&2
    tail -n 20 "$log" >&2
    exit 1
  fi
  if [[ $label != warmup ]]; then
    local wall cpu rss pages
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0;
      for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.2f", s }' "$log.time")
    cpu=$(awk -F': ' '/(User|System) time \(seconds\)/ { s += $2 } END { printf "%.2f", s }' "$log.time")
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log.time")
    pages=$(find "$out" -name '*.html' | wc -l)
    echo "$tool $wall $cpu $rss $pages" >> "$dir/results.txt"
    printf '  %-8s run %s: %6.2f s wall, %6.2f s CPU, %5d MB, %d HTML pages\n' "$tool" "$label" "$wall" "$cpu" \
      $((rss / 1024)) "$pages" >&2
  fi
}

echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GB RAM; $(java -version 2>&1 | head -n 1);" \
  "$(hugo version | cut -d' ' -f1-2); load average $(cut -d' ' -f1-3 /proc/loadavg); JAVA_OPTS=${JAVA_OPTS:-none}; $([[ $plain_java == true ]] && echo "java -jar" || echo "./faq-site launcher"); $runs runs, $warmup warm-up"
echo
IFS=, read -r -a size_list <<< "$sizes"
for size in "${size_list[@]}"; do
  dir=$work/$size
  if [[ $reuse != true ]]; then
    rm -rf "$dir"
  fi
  mkdir -p "$dir"
  if [[ ! -f $dir/content/site.yaml ]]; then
    rm -rf "$dir/content" "$dir/hugo"
    echo "Writing $size questions per language into $dir/content" >&2
    java "${java_opts[@]}" -jar "$jar" bench-site "$size" --out "$dir/content" >&2
  fi
  if [[ ! -f $dir/hugo/hugo.toml ]]; then
    python3 eval/lib/hugo-site.py "$dir/content" "$dir/hugo" >&2
  fi
  rm -f "$dir/results.txt"
  if [[ $plain_java == true ]]; then
    faq_build=(java "${java_opts[@]}" -jar "$jar" build --content "$dir/content" --out "$dir/faq-out")
  else
    faq_build=(env FAQ_SITE_JAR="$jar" JAVA_OPTS="${JAVA_OPTS:-}" ./faq-site build --content "$dir/content" --out "$dir/faq-out")
  fi
  hugo_build=(hugo --quiet -s "$dir/hugo" -d "$dir/hugo-out" --cacheDir "$dir/hugo-cache")
  for ((r = 1; r <= warmup; r++)); do
    echo "Warm-up $r at $size" >&2
    timed faq-site warmup "$dir/faq-out" "$dir/faq-site-warmup.log" "${faq_build[@]}"
    timed hugo warmup "$dir/hugo-out" "$dir/hugo-warmup.log" "${hugo_build[@]}"
  done
  for ((r = 1; r <= runs; r++)); do
    timed faq-site "$r" "$dir/faq-out" "$dir/faq-site-$r.log" "${faq_build[@]}"
    timed hugo "$r" "$dir/hugo-out" "$dir/hugo-$r.log" "${hugo_build[@]}"
  done
  python3 eval/lib/hugo-compare-table.py "$size" "$dir/results.txt" "$(hugo version | cut -d' ' -f2 | cut -d+ -f1 | sed 's/^v//')"
  echo
done
