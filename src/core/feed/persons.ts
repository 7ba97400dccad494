// `<podcast:person>` → the transcript's speakers: role, picture and page for the names it shares.
import type { Speaker, Transcript } from '../types.js';
import { safeUrl } from '../url.js';
import type { FeedPerson } from './feed.js';

/** A name for comparison: Unicode-normalised, lowercase, whitespace collapsed. */
const nameKey = (name: string): string => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * An episode's people: its own `<podcast:person>` tags, then the channel's for anyone the
 * episode does not name (a host listed once for the show, guests per episode).
 */
export function episodePersons(item: readonly FeedPerson[], channel: readonly FeedPerson[]): FeedPerson[] {
  const named = new Set(item.map((person) => nameKey(person.name)));
  return [...item, ...channel.filter((person) => !named.has(nameKey(person.name)))];
}

/**
 * The transcript with each speaker whose name matches a person (case and whitespace aside)
 * given that person's name, role, picture and page. Speakers the file spells two ways ("Ada
 * Lovelace", "ada lovelace") that match one person become one speaker. Speakers no person names
 * are kept as they are; persons the transcript does not name are not added (they did not speak).
 */
export function applyPersons(transcript: Transcript, persons: readonly FeedPerson[]): Transcript {
  const byName = new Map<string, FeedPerson>();
  for (const person of persons) if (!byName.has(nameKey(person.name))) byName.set(nameKey(person.name), person);
  const speakerOfPerson = new Map<FeedPerson, string>();
  const renamed = new Map<string, string>();
  const speakers = transcript.speakers.flatMap((speaker): Speaker[] => {
    const person = byName.get(nameKey(speaker.name));
    if (!person) return [speaker];
    const known = speakerOfPerson.get(person);
    if (known !== undefined) {
      renamed.set(speaker.id, known);
      return [];
    }
    speakerOfPerson.set(person, speaker.id);
    const img = safeUrl(person.img);
    const href = safeUrl(person.href);
    return [{ id: speaker.id, name: person.name.replace(/\s+/g, ' ').trim(), role: person.role, ...(img && { img }), ...(href && { href }) }];
  });
  if (renamed.size === 0) return { ...transcript, speakers };
  const segments = transcript.segments.map((segment) => (renamed.has(segment.speaker) ? { ...segment, speaker: renamed.get(segment.speaker)! } : segment));
  return { ...transcript, speakers, segments };
}
