#!/bin/bash
# The extraction host on the BBC corpus: a clean run (throughput, peak memory), a run killed with -9 half-way
# and restarted (its store compared with the clean run's), and a 4x inbox (memory stays flat).
# One command: bench/serve.sh   (needs sqlite3, bc and GNU time: apt-get install sqlite3 bc time)
set -u
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$root/../shared/data/bbc"
[ -d "$corpus" ] || { echo "bench serve: $corpus is absent; skipped"; exit 0; }
for tool in sqlite3 bc /usr/bin/time; do command -v $tool >/dev/null || { echo "bench serve: needs $tool"; exit 1; }; done
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
dotnet build "$root/src/Graph.Cli" -c Release -o "$W/bin" --nologo -v quiet 2>&1 | grep -E " error |rror\(s\)" || true
GRAPH=$W/bin/graph.dll
SRC=$W/flat                          # the 2,225 BBC files, flattened as <category>-<name>.txt
mkdir -p $SRC $W/clean/inbox $W/crash/inbox
for d in "$corpus"/*/; do for f in "$d"*.txt; do cp "$f" "$SRC/$(basename "$d")-$(basename "$f")"; done; done
export GRAPH_Serve__ProgressInterval=00:00:05

waitfor() { # waitfor DIR N : until N files are in DIR/done + DIR/failed
  while [ $(( $(ls $1/done 2>/dev/null | wc -l) + $(ls $1/failed 2>/dev/null | grep -vc '\.error\.txt$') )) -lt $2 ]; do sleep 0.05; done
}

echo "load average: $(cut -d" " -f1-3 /proc/loadavg)"; echo "== clean run"
/usr/bin/time -v -o $W/clean/time.txt dotnet $GRAPH serve --inbox $W/clean/inbox --store $W/clean/graph.db 2> $W/clean/log.txt &
TPID=$!; sleep 1.5; PID=$(pgrep -P $TPID)
start=$(date +%s.%N)
cp $SRC/*.txt $W/clean/inbox/            # dropped while the host runs
copied=$(date +%s.%N)
waitfor $W/clean/inbox 2225
end=$(date +%s.%N)
kill -TERM $PID; wait $TPID; echo "exit code $?"
echo "copy took $(echo "$copied - $start" | bc) s; all 2225 out of the inbox after $(echo "$end - $start" | bc) s: $(echo "2225 / ($end - $start)" | bc -l | cut -c1-6) files/s"
grep -E "Maximum resident|Elapsed|Percent of CPU" $W/clean/time.txt
grep -E "progress:|stopped:" $W/clean/log.txt | tail -4

echo "== kill -9 half-way, then restart"
dotnet $GRAPH serve --inbox $W/crash/inbox --store $W/crash/graph.db 2> $W/crash/log1.txt &
PID=$!; sleep 1.5
cp $SRC/*.txt $W/crash/inbox/
waitfor $W/crash/inbox 1100
kill -9 $PID; wait $PID 2>/dev/null
echo "killed at $(ls $W/crash/inbox/done | wc -l) done, $(ls $W/crash/inbox/*.txt | wc -l) waiting; store has $(sqlite3 $W/crash/graph.db 'select count(*) from articles') articles"
dotnet $GRAPH serve --inbox $W/crash/inbox --store $W/crash/graph.db 2> $W/crash/log2.txt &
PID=$!
waitfor $W/crash/inbox 2225
kill -TERM $PID; wait $PID; echo "restart exit code $?"
grep -E "stopped:" $W/crash/log2.txt
grep -c "already stored" $W/crash/log2.txt | sed 's/^/already-stored lines after restart: /'

echo "== consistency"
for r in clean crash; do
  echo "$r: articles $(sqlite3 $W/$r/graph.db 'select count(*), count(distinct id) from articles'), nodes $(sqlite3 $W/$r/graph.db 'select count(*) from nodes'), edges $(sqlite3 $W/$r/graph.db 'select count(*) from edges'), done $(ls $W/$r/inbox/done | wc -l), renamed (~N) $(ls $W/$r/inbox/done | grep -c '~'), failed $(ls $W/$r/inbox/failed | wc -l), left $(ls $W/$r/inbox/*.txt 2>/dev/null | wc -l)"
done
echo "distinct input texts: $(cd $SRC && sha256sum * | awk '{print $1}' | sort -u | wc -l)"
for t in "id from articles" "id from nodes" "id from edges"; do
  a=$(sqlite3 $W/clean/graph.db "select $t order by 1" | sha256sum | cut -c1-16); b=$(sqlite3 $W/crash/graph.db "select $t order by 1" | sha256sum | cut -c1-16)
  echo "select $t: clean $a crash $b $([ $a = $b ] && echo SAME || echo DIFFERENT)"
done

echo "== memory with a 4x inbox (8,900 files: the corpus four times under different names)"
mkdir -p $W/big/inbox
/usr/bin/time -v -o $W/big/time.txt dotnet $GRAPH serve --inbox $W/big/inbox --store $W/big/graph.db 2> $W/big/log.txt &
TPID=$!; sleep 1.5; PID=$(pgrep -P $TPID)
for k in 1 2 3 4; do for f in $SRC/*.txt; do cp $f $W/big/inbox/x$k-$(basename $f); done; done
waitfor $W/big/inbox 8900
kill -TERM $PID; wait $TPID; echo "exit code $?"
grep -E "Maximum resident|Elapsed" $W/big/time.txt
grep -E "stopped:" $W/big/log.txt
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
