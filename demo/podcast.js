// The podcast demo: `?episode=<id>` shows that imported episode. The page's HTML carries the
// latest one; for another, this rebuilds the topic cards from its chapters and points every
// element's `src` at its JSON. Only ids listed in the page's episode menu are used, and every
// string from the data goes in as text.
const links = [...document.querySelectorAll('.episodes a')];
const episodes = links.map((link) => new URL(link.href).searchParams.get('episode'));
const wanted = new URLSearchParams(location.search).get('episode');

/** "2025-10-16T05:00:00.000Z" → "16 October 2025". */
const date = (iso) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

async function show(id) {
  const src = `podcast/${id}.json`;
  const page = `podcast.html?episode=${id}`;
  const response = await fetch(src);
  if (!response.ok) throw new Error(`${src}: ${response.status}`);
  const episode = await response.json();

  document.getElementById('episode-title').textContent = episode.title;
  document.title = `${episode.title} — Your own podcast — Verbatim demo`;
  const people = episode.speakers.map((speaker) => (speaker.role ? `${speaker.name} (${speaker.role})` : speaker.name));
  document.getElementById('episode-meta').textContent =
    `${episode.source?.publisher ?? ''}, ${date(episode.source?.published)}. With ${people.join(' and ')}.`;
  for (const link of links) {
    if (link.href.endsWith(page)) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }

  const cards = episode.topics.map((topic) => {
    const card = document.createElement('verbatim-topic-card');
    Object.entries({ src, topic: topic.id, href: page, 'heading-level': '4' }).forEach(([name, value]) => card.setAttribute(name, value));
    const fallback = document.createElement('p');
    fallback.textContent = topic.title;
    card.append(fallback);
    return card;
  });
  document.getElementById('cards').replaceChildren(...cards);
  document.getElementById('soundbites').setAttribute('src', src);
  document.getElementById('soundbites').setAttribute('href', page);
  document.getElementById('transcript').setAttribute('src', src);
}

if (wanted && wanted !== episodes[0] && episodes.includes(wanted)) {
  show(wanted).catch((error) => console.error(`podcast demo: ${error.message}`));
}
