#!/usr/bin/env bash
# wenku against Hugo on the same Markdown: builds the corpus with each, alternating, several times, and prints
# medians, the wenku/Hugo ratio, peak memory, output and search-index size, and wenku's time per stage.
# Not part of the test run. See README.md, "Performance".
#
#   src/bench/bench.sh                       # ../shared/corpus/laws, 5 runs each
#   src/bench/bench.sh --scale 10            # a synthetic corpus 10x as large (built in a temp folder)
#   src/bench/bench.sh -n 9 --corpus DIR     # other corpus, more runs
#
# Options: -n RUNS (default 5), --corpus DIR (default ../shared/corpus/laws), --scale K (K altered copies of
# the corpus; wenku then runs with -Xmx2g unless WENKU_JAVA_OPTS says otherwise), --no-package (use the
# existing target/wenku.jar), --keep (keep the temp folder and print its path).
# Environment: WENKU_JAVA_OPTS (extra JVM options for wenku), HUGO (default: hugo on the PATH).
# Needs: java, mvn (unless --no-package), hugo (Debian package "hugo"), GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/../.."

runs=5
corpus=../shared/corpus/laws
scale=1
package=1
keep=0
while (($#)); do
    case "$1" in
        -n) runs=$2; shift 2 ;;
        --corpus) corpus=$2; shift 2 ;;
        --scale) scale=$2; shift 2 ;;
        --no-package) package=0; shift ;;
        --keep) keep=1; shift ;;
        *) echo "unknown option $1 (see the top of $0)" >&2; exit 2 ;;
    esac
done
hugo=${HUGO:-hugo}
command -v "$hugo" >/dev/null || { echo "bench: hugo not found (apt-get install hugo)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "bench: GNU time not found (apt-get install time)" >&2; exit 2; }
[[ -d $corpus ]] || { echo "bench: no corpus at $corpus" >&2; exit 2; }

if ((package)); then
    echo "bench: packaging wenku (mvn -q -B -DskipTests package)" >&2
    mvn -q -B -DskipTests package >&2
fi
jar=target/wenku.jar
[[ -f $jar && -d target/test-classes/wenku/bench ]] || { echo "bench: run without --no-package first" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/wenku-bench.XXXXXX")
if ((keep)); then echo "bench: temp folder $tmp" >&2; else trap 'rm -rf "$tmp"' EXIT; fi
helper=(java -cp target/test-classes wenku.bench.BenchCorpus)
java_opts=${WENKU_JAVA_OPTS-}
if ((scale > 1)); then
    echo "bench: generating a corpus ${scale}x as large" >&2
    "${helper[@]}" synthetic "$corpus" "$tmp/corpus" "$scale" >&2
    corpus=$tmp/corpus
    java_opts=${WENKU_JAVA_OPTS-"-Xmx2g"}
fi
"${helper[@]}" hugo "$corpus" "$tmp/hugo-site"
docs=$(find "$corpus" -name '*.md' | wc -l)
corpus_mb=$(du -sm "$corpus" | cut -f1)

# Each run writes a new output folder; all are deleted at the end. (Deleting thousands of files just before a
# run makes ext4 scan past the recently freed inodes for every file created, which would charge both tools for
# the benchmark's own clean-up.)
run_no=0
# one run: tool name, then the command; appends "wall rss_kb user sys" to $tmp/<tool>.times
measure() {
    local tool=$1; shift
    /usr/bin/time -f '%e %M %U %S' -o "$tmp/time.txt" "$@" >"$tmp/$tool.log" 2>&1 \
        || { echo "bench: $tool failed:" >&2; cat "$tmp/$tool.log" >&2; exit 1; }
    tail -1 "$tmp/time.txt" >>"$tmp/$tool.times"
}
wenku_run() {
    run_no=$((run_no + 1)); wenku_out=$tmp/out/wenku-$run_no
    # shellcheck disable=SC2086
    measure wenku java $java_opts -jar "$jar" build -v --content "$corpus" --out "$wenku_out"
    sed -n 's/^  \([a-z]*\) *\([0-9.]*\) ms .*/\1 \2/p' "$tmp/wenku.log" | grep -v '^total ' >>"$tmp/stages"
}
# The least any build with Flexmark (a fixed choice) can cost here: a JVM with wenku's build options that reads
# every file and renders its Markdown to HTML on all cores, and does nothing else (wenku.bench.MarkdownFloor).
floor_run() {
    # shellcheck disable=SC2086
    measure floor java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MaxNewSize=256m $java_opts \
        -cp "$jar:target/test-classes" wenku.bench.MarkdownFloor "$corpus"
}
hugo_run() {
    run_no=$((run_no + 1)); hugo_out=$tmp/out/hugo-$run_no
    measure hugo "$hugo" --quiet --source "$tmp/hugo-site" --destination "$hugo_out"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "bench: warm-up (file cache; wenku's first build after packaging also writes its class-data archive)," \
    "then $runs runs each, alternating" >&2
wenku_run; hugo_run
rm -f "$tmp/wenku.times" "$tmp/hugo.times" "$tmp/floor.times" "$tmp/stages"
for ((i = 1; i <= runs; i++)); do
    if ((i % 2)); then wenku_run; hugo_run; else hugo_run; wenku_run; fi
    floor_run
    echo "bench: run $i/$runs done" >&2
done

median() { sort -n | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
col() { awk -v c="$2" '{print $c}' "$tmp/$1.times" | median; }
cpu() { awk '{print $3 + $4}' "$tmp/$1.times" | median; }
size_mb() { if [[ -e $1 ]]; then du -sb "$1" | awk '{printf "%.1f MB", $1 / 1e6}'; else echo "none"; fi; }

w_wall=$(col wenku 1); h_wall=$(col hugo 1)
w_min=$(awk '{print $1}' "$tmp/wenku.times" | sort -n | head -1); h_min=$(awk '{print $1}' "$tmp/hugo.times" | sort -n | head -1)
w_rss=$(col wenku 2); h_rss=$(col hugo 2)
w_max_rss=$(awk '{print $2}' "$tmp/wenku.times" | sort -n | tail -1)
model=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//')
mem_gb=$(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo 2>/dev/null)

echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores ($model), ${mem_gb} GB; load average before: $load_before"
echo "corpus: $docs Markdown files, $corpus_mb MB$( ((scale > 1)) && echo " (${scale}x synthetic)"); $runs runs each"
echo "$(java -version 2>&1 | head -1); $("$hugo" version | cut -d' ' -f1-2); wenku JVM options: ${java_opts:-none}"
printf '%-12s %10s %8s %10s %12s %10s %7s\n' "" "median s" "min s" "cpu s" "peak RSS" "output" "files"
printf '%-12s %10s %8s %10s %9d MB %10s %7d\n' wenku "$w_wall" "$w_min" "$(cpu wenku)" $((w_rss / 1024)) \
    "$(size_mb "$wenku_out")" "$(find "$wenku_out" -type f | wc -l)"
printf '%-12s %10s %8s %10s %9d MB %10s %7d\n' hugo "$h_wall" "$h_min" "$(cpu hugo)" $((h_rss / 1024)) \
    "$(size_mb "$hugo_out")" "$(find "$hugo_out" -type f | wc -l)"
echo "wenku/hugo (median wall): $(awk -v w="$w_wall" -v h="$h_wall" 'BEGIN {printf "%.2f", w / h}')x;" \
    "wenku peak RSS, highest run: $((w_max_rss / 1024)) MB (the build's JVM; the launching JVM adds ~40 MB)"
echo "Markdown alone (JVM start, read, Flexmark on all cores, nothing else; wenku.bench.MarkdownFloor):" \
    "median $(col floor 1) s wall, $(cpu floor) s cpu = $(awk -v f="$(col floor 1)" -v h="$h_wall" 'BEGIN {printf "%.2f", f / h}')x hugo"
echo "search index: $(size_mb "$wenku_out/search") ($(find "$wenku_out/search" -type f 2>/dev/null | wc -l) files)"
echo "wenku stages, median ms:"
awk '{print $1}' "$tmp/stages" | awk '!seen[$0]++' | while read -r stage; do
    printf '  %-10s %8s\n' "$stage" "$(awk -v s="$stage" '$1 == s {print $2}' "$tmp/stages" | median)"
done
