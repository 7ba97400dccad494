#!/usr/bin/env bash
# Lists every tracked file and line of the git checkout it runs in that reaches outside the
# repository: a relative path that climbs above the root (to a sibling folder of a developer's
# checkout, which a fresh clone does not have) or the name of the team's brief, which is not in
# the repository. Exits with 1 when there is any. The patterns are assembled from pieces so
# that this script does not match itself.
set -uo pipefail
brief='DESIGN'.md
sibling='(\.\./)+'shared
status=0
git grep -nIF "$brief" -- . && status=1
# A "../" path escapes when it climbs more folders than the file is deep.
# (No such path at all is a pass: git grep exits 1 then, which pipefail would count.)
{ git grep -nIoE "$sibling" -- . || true; } | awk -F: '{
  depth = gsub("/", "/", $1); climbs = gsub("\\.\\./", "", $3)
  if (climbs > depth) { print $1 ":" $2 ": a path outside the repository"; found = 1 }
} END { exit found ? 1 : 0 }' || status=1
[ $status -eq 0 ] || echo "The repository must stand alone: the lines above refer to files outside it."
exit $status
