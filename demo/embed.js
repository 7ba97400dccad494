// The "embed this quote" picker: the snippet is made by embedQuoteSnippet, as the CLI's
// `verbatim embed quote` makes it; the preview is the same element the snippet loads.
import { embedQuoteSnippet, interview } from '../dist/cdn/verbatim.js';

const form = document.getElementById('picker');
const select = document.getElementById('quote');
const href = document.getElementById('href');
const preview = document.getElementById('preview');
const snippet = document.getElementById('snippet');
const copy = document.getElementById('copy');
const status = document.getElementById('status');

const speakerOf = (quote) => {
  const segment = interview.segments.find((candidate) => candidate.id === quote.segment);
  return interview.speakers.find((speaker) => speaker.id === segment?.speaker);
};

select.replaceChildren(...interview.quotes.map((quote) => {
  const words = quote.text.split(' ');
  const label = `${quote.id} · ${speakerOf(quote)?.name ?? ''}: ${words.slice(0, 12).join(' ')}${words.length > 12 ? '…' : ''}`;
  return new Option(label, quote.id);
}));
select.value = 'q03';
select.disabled = false;
copy.disabled = false;

function update() {
  status.textContent = '';
  const quoteId = select.value;
  const options = href.value && href.checkValidity() ? { href: href.value } : {};
  try {
    snippet.value = embedQuoteSnippet(interview, quoteId, options);
  } catch (error) {
    snippet.value = '';
    status.textContent = error.message;
    return;
  }
  // The page ships the first quote's snippet: that preview upgrades in place, without a jump.
  const shown = preview.firstElementChild;
  if (shown?.getAttribute('quote') === quoteId && shown.getAttribute('href') === (options.href ?? null)) return;
  // The preview is built with DOM calls, never by parsing the snippet.
  const element = document.createElement('verbatim-quote');
  element.setAttribute('quote', quoteId);
  if (options.href) element.setAttribute('href', options.href);
  preview.replaceChildren(element);
}

form.addEventListener('input', update);
copy.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.value);
    status.textContent = 'Copied the HTML.';
  } catch {
    snippet.select();
    status.textContent = 'The browser did not allow copying: the HTML is selected, copy it with your keyboard.';
  }
});
update();
