// Every format parseTranscript reads, in the order detection tries them: this one list gives
// detectFormat, the loader's content types and extensions, parseTranscript's dispatch and the
// command line's help. To add a format, write its TranscriptFormatReader and list it here.
import { htmlTranscript } from './html.js';
import { podcastJson } from './podcast-json.js';
import { srt } from './srt.js';
import { plainText } from './text.js';
import { verbatimJson } from './verbatim.js';
import { webVtt } from './vtt.js';

export const FORMAT_READERS = [podcastJson, verbatimJson, webVtt, srt, htmlTranscript, plainText] as const;

/** The name of a format parseTranscript reads: `verbatim`, `podcast-json`, `vtt`, `srt`, `html` or `text`. */
export type TranscriptFormat = (typeof FORMAT_READERS)[number]['name'];
