#!/usr/bin/env bash
# Throughput and memory benchmark: the whole pipeline over a news corpus (default: the 2,225 BBC articles in
# ../shared/data/bbc). One command:  bench/run.sh [CORPUS_DIR]
# Prints articles/s, words/s, MB/s, wall and CPU time, peak memory and time per stage, for `graph ingest` into a
# fresh store, for `graph extract` alone and for `graph rebuild` of that store, then checks that memory stays flat
# when the corpus is ingested 5x.
# A report, not a test: it never fails on time.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-$root/../shared/data/bbc}"
if [ ! -d "$corpus" ]; then echo "bench: $corpus is absent; skipped"; exit 0; fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The form to deploy: a self-contained Release publish whose code, the .NET libraries' included, is compiled ahead
# of time into one composite image (so start-up and the first articles do not wait for the JIT, and generic code
# over the project's own types is precompiled too, which a framework-dependent ReadyToRun publish leaves to the JIT).
# Falls back to a framework-dependent ReadyToRun publish, then to a plain Release build.
rid="$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')"
echo "== publishing (Release, self-contained, composite ReadyToRun, $rid)"
if dotnet publish "$root/src/Graph.Cli" -c Release -r "$rid" --self-contained true -p:PublishReadyToRun=true \
     -p:PublishReadyToRunComposite=true -o "$work/bin" --nologo -v quiet > "$work/publish.log" 2>&1; then
  graph() { "$work/bin/graph" "$@"; }
else
  echo "   self-contained publish failed (see below); trying a framework-dependent ReadyToRun publish"; tail -5 "$work/publish.log"
  rm -rf "$work/bin"
  if ! dotnet publish "$root/src/Graph.Cli" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
       -o "$work/bin" --nologo -v quiet > "$work/publish.log" 2>&1; then
    echo "   ReadyToRun publish failed (see below); using a plain Release build"; tail -5 "$work/publish.log"
    dotnet build "$root/src/Graph.Cli" -c Release -o "$work/bin" --nologo -v quiet 2>&1 | grep -E "error|Warn|Elapsed" || true
  fi
  graph() { dotnet "$work/bin/graph.dll" "$@"; }
fi

articles=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) | wc -l)
words=$(find "$corpus" -type f -name '*.txt' -exec cat {} + | wc -w)
bytes=$(find "$corpus" -type f -name '*.txt' -exec cat {} + | wc -c)
echo "corpus: $corpus: $articles articles, $words words, $bytes bytes"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(date -u +%Y-%m-%d)"

report() { # name, start, end, stderr file
  local wall; wall=$(awk -v s="$2" -v e="$3" 'BEGIN {printf "%.2f", e - s}')
  echo "-- $1"
  awk -v w="$wall" -v a="$articles" -v words="$words" -v b="$bytes" 'BEGIN {
    printf "   wall %.2f s (including start-up) | %.0f articles/s | %.0f words/s | %.2f MB/s\n", w, a / w, words / w, b / w / 1048576 }'
  grep -E "process:|garbage collection:|^  " "$4" | sed 's/^/   /'
}

for run in 1 2; do  # the first run warms the disk cache; the second is the figure
  rm -f "$work/graph.db"*
  s=$(date +%s.%N); graph ingest "$corpus" --store "$work/graph.db" --timings > "$work/ingest.out" 2> "$work/ingest.err" || true; e=$(date +%s.%N)
done
report "graph ingest (fresh store)" "$s" "$e" "$work/ingest.err"
grep -E "articles ingested|already|files skipped" "$work/ingest.out" | sed 's/^/   /'

s=$(date +%s.%N); graph extract "$corpus" --out /dev/null --timings 2> "$work/extract.err" || true; e=$(date +%s.%N)
report "graph extract (JSONL to /dev/null, nothing stored)" "$s" "$e" "$work/extract.err"

# Every stored article extracted again from the store's own texts into a new store that replaces it (what an
# upgrade asks for): reading the store instead of files, and writing a second store beside it.
s=$(date +%s.%N); graph rebuild --store "$work/graph.db" --timings > "$work/rebuild.out" 2> "$work/rebuild.err" || true; e=$(date +%s.%N)
report "graph rebuild (the store just ingested, from its own texts)" "$s" "$e" "$work/rebuild.err"
grep -E " articles +[^a-z]" "$work/rebuild.out" | sed 's/^/   /' || true

echo "== memory flat in corpus size: the corpus once, then 5 distinct copies into one store"
peak() { grep -Eo "peak memory [0-9.]+" "$1" | awk '{print $3}'; }
rm -f "$work/graph.db"*
graph ingest "$corpus" --store "$work/graph.db" --timings > /dev/null 2> "$work/one.err" || true
for copy in 1 2 3 4 5; do
  mkdir -p "$work/copies/$copy"
  # A distinct last line makes each copy a different article, so nothing is skipped as already stored.
  (cd "$corpus" && find . -type f -name '*.txt' -print0 | while IFS= read -r -d '' f; do
     mkdir -p "$work/copies/$copy/$(dirname "$f")"; { cat "$f"; printf '\n\nCopy %s.\n' "$copy"; } > "$work/copies/$copy/$f"; done)
done
rm -f "$work/graph.db"*
s=$(date +%s.%N); graph ingest "$work/copies" --store "$work/graph.db" --timings > "$work/five.out" 2> "$work/five.err" || true; e=$(date +%s.%N)
one=$(peak "$work/one.err"); five=$(peak "$work/five.err")
awk -v o="$one" -v f="$five" 'BEGIN {printf "   peak memory: 1x %.1f MB, 5x %.1f MB (%+.1f%%)\n", o, f, (f - o) / o * 100}'
grep -E "articles ingested" "$work/five.out" | sed 's/^/   5x: /'

echo "== the entity tagger alone (one thread, excluding model load)"
dotnet run -c Release --project "$root/bench/Graph.Bench" -- ner "$root/../shared/data/conll2003/valid.txt" 5
