#!/usr/bin/env bash
# Generates the timed demo sample: a few lines of the interview's cold open, spoken by
# espeak-ng in two voices (host and guest), joined into demo/media/sample.ogg (mono Ogg
# Vorbis, which Chromium, Firefox and WebKitGTK's GStreamer all play), and the matching
# demo/media/sample.vtt whose cue times are measured on the generated audio with soxi.
# Needs espeak-ng and sox. Run from anywhere: bash scripts/make-demo-audio.sh
set -euo pipefail

out_dir="$(cd "$(dirname "$0")/.." && pwd)/demo/media"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Speaker | espeak-ng voice | words (the raw captions' lines, with "Tony Start" read as Stark).
lines=(
  "Cleo Abram|en-us+f3|I'd love to start with these."
  "Mark Zuckerberg|en-us+m3|Ten years of work right there."
  "Cleo Abram|en-us+f3|Someone on your team call these the real-life Tony Stark glasses."
  "Mark Zuckerberg|en-us+m3|Very hard to make each one of these."
  "Cleo Abram|en-us+f3|That makes me feel incredibly optimistic."
  "Mark Zuckerberg|en-us+m3|In a world where AI gets smarter and smarter, this is probably going to be the next major platform after phones."
)
pause=0.5   # seconds of silence after each line
rate=16000  # speech needs no more; keeps the file small

timestamp() { # seconds → 00:00:01.234
  awk -v t="$1" 'BEGIN { ms = int(t * 1000 + 0.5); printf "%02d:%02d:%02d.%03d", ms / 3600000, (ms / 60000) % 60, (ms / 1000) % 60, ms % 1000 }'
}

vtt="$work/sample.vtt"
printf 'WEBVTT\n' > "$vtt"
pieces=()
start=0
for i in "${!lines[@]}"; do
  IFS='|' read -r speaker voice words <<< "${lines[$i]}"
  piece="$work/line$i.wav"
  espeak-ng -v "$voice" -s 155 -w "$work/raw$i.wav" "$words"
  sox "$work/raw$i.wav" -r "$rate" -c 1 "$piece" pad 0 "$pause"
  length="$(soxi -D "$piece")"
  spoken="$(awk -v l="$length" -v p="$pause" 'BEGIN { print l - p }')"
  end="$(awk -v s="$start" -v l="$spoken" 'BEGIN { print s + l }')"
  printf '\n%s --> %s\n<v %s>%s\n' "$(timestamp "$start")" "$(timestamp "$end")" "$speaker" "$words" >> "$vtt"
  start="$(awk -v s="$start" -v l="$length" 'BEGIN { print s + l }')"
  pieces+=("$piece")
done

mkdir -p "$out_dir"
sox "${pieces[@]}" -C 0 "$out_dir/sample.ogg"
cp "$vtt" "$out_dir/sample.vtt"
echo "wrote $out_dir/sample.ogg ($(soxi -D "$out_dir/sample.ogg") s) and $out_dir/sample.vtt"
