#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every hostile input of make_inputs.py through antrum-cli under /usr/bin/time (docs/reliability.md):
#   cd folder-of-inputs && sh measure.sh path/to/antrum-cli
# measure.sh CLI: every hostile input through antrum-cli, with exit code, wall time, peak RSS, first stderr line.
CLI=$1
run() {
  label=$1; shift
  before=$(sha256sum "$2" 2>/dev/null | cut -c1-16)
  /usr/bin/time -f "%e %M" -o ./time.txt "$CLI" "$@" > ./out.txt 2> ./err.txt
  code=$?
  after=$(sha256sum "$2" 2>/dev/null | cut -c1-16)
  same=$([ "$before" = "$after" ] && echo unchanged || echo CHANGED)
  read secs kb <<EOT
$(tail -1 ./time.txt)
EOT
  msg=$(grep -E "^[^ {}\"]+:[0-9]*:?[0-9]*:? |^antrum-cli: [^n]|is not|was made|is an SQLite" ./err.txt | head -1 | cut -c1-200)
  printf '%s|exit %s|%s s|%s MiB|%s|%s\n' "$label" "$code" "$secs" "$((kb/1024))" "$same" "$msg"
}
for f in dtd billion-laughs xxe bad-utf8; do run "$f.xml" import $f.xml -o ./o-$f.json; done
for f in trigger view table column foreign newer empty zeros; do run "$f.antrum" validate $f.antrum; done
for f in long-name deep bad-utf8 ten-million-nodes ten-million-compact; do run "$f.json" validate $f.json; done
for f in bad-utf8 long-cell million-columns; do run "$f.csv" import $f.csv --format csv -o ./o-$f.json; done
run "valid.antrum (reference)" validate valid.antrum
