/*
 * Where the bundled interview's words come from: the automatic captions of the episode,
 * changed only in the places listed here. Loaded on request, so that no page downloads the
 * list unless it shows it. `npm run data` writes interview-provenance.json.
 */

/** One change to the automatic captions. */
export interface CaptionCorrection {
  /** The segment of the bundled interview that holds the corrected words. */
  segment: string;
  /** The words as the captions have them. */
  raw: string;
  /** The words as the interview has them; "[…]" marks words missing from the captions. */
  corrected: string;
  /** Why, beginning with its kind: "speech recognition", "stutter", "gap", … */
  reason: string;
}

export interface InterviewProvenance {
  /** How the curated text was made from the captions: a summary, then one rule per item. */
  policy: string[];
  /** The source files shipped in the package, relative to its dist/ folder. */
  files: { captions: string; corrections: string };
  /** Every change to the captions, in transcript order; their number is `corrections.length`. */
  corrections: CaptionCorrection[];
}

/**
 * How many corrections interview-provenance.json lists, for the disclosure's summary before
 * the list is loaded (a test holds it to the file).
 */
export const INTERVIEW_CORRECTION_COUNT = 98;

/** The provenance of the bundled interview (`interview`): the policy and every correction. */
export const loadInterviewProvenance = (): Promise<InterviewProvenance> =>
  import('./interview-provenance.json').then((module) => module.default as InterviewProvenance);
