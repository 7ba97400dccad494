// The episode page of the archive demo: ?episode=<id> names the transcript to show (the
// bundled interview needs no file); the search's links add the segment to open.
const FILES = {
  glasses: 'archive/episodes/glasses.json',
  translation: 'archive/episodes/translation.json',
  'night-trains': 'archive/episodes/night-trains.json',
  'field-notes-4-bees-on-the-roof': 'archive/episodes/Field%20Notes%204%20-%20Bees%20on%20the%20roof.vtt',
};
const TITLES = {
  glasses: 'Field Notes 3: A year in smart glasses',
  translation: 'Field Notes 2: Talking across languages',
  'night-trains': 'Field Notes 1: The return of night trains',
  'field-notes-4-bees-on-the-roof': 'Field Notes 4 - Bees on the roof',
  'huge-conversations-zuckerberg': 'Huge Conversations: Mark Zuckerberg',
};
const episode = new URLSearchParams(location.search).get('episode') ?? '';
const title = Object.hasOwn(TITLES, episode) ? TITLES[episode] : 'Unknown episode';
document.getElementById('title').textContent = title;
document.title = `${title} — Verbatim demo`;
const transcript = document.querySelector('verbatim-transcript');
if (Object.hasOwn(FILES, episode)) transcript.setAttribute('src', FILES[episode]);
else if (!Object.hasOwn(TITLES, episode)) transcript.replaceWith(Object.assign(document.createElement('p'), { textContent: 'There is no such episode.' }));
