// The newsletter demo: renders the email topic card for a chosen topic, previews it in a
// sandboxed frame and copies its HTML. The card is a string of HTML built by the core with
// every data string escaped; it goes only into `srcdoc` and the clipboard, never innerHTML.
import { interview, renderTopicCardEmail } from '../dist/cdn/verbatim.js';

const topicSelect = document.getElementById('topic');
const accentInput = document.getElementById('accent');
const widthInput = document.getElementById('width');
const hrefInput = document.getElementById('href');
const preview = document.getElementById('preview');
const source = document.getElementById('source');
const copyButton = document.getElementById('copy');
const status = document.getElementById('status');

/** The card HTML currently shown, or undefined when the options are not usable. */
let currentHtml;

for (const topic of interview.topics) topicSelect.add(new Option(topic.title, topic.id));
// Start on a topic with a key quote, so the preview shows the whole card.
topicSelect.value = (interview.topics.find((topic) => topic.quotes.length > 0) ?? interview.topics[0])?.id ?? '';

function showStatus(message, kind = 'info') {
  status.textContent = message;
  status.dataset.kind = kind;
}

/** The card in a small page of its own, as a mail client would show it. */
const previewDocument = (html) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Preview</title></head>` +
  `<body style="margin:0;padding:16px 8px;background-color:#f0efeb;">${html}</body></html>`;

function render() {
  const href = hrefInput.value.trim();
  try {
    currentHtml = renderTopicCardEmail(interview, topicSelect.value, {
      accent: accentInput.value,
      width: Number(widthInput.value),
      ...(href ? { href } : {}),
    });
  } catch (error) {
    currentHtml = undefined;
    copyButton.disabled = true;
    showStatus(error.message, 'error');
    return;
  }
  copyButton.disabled = false;
  showStatus('');
  preview.srcdoc = previewDocument(currentHtml);
  source.textContent = currentHtml;
}

// Grow the frame to the card's height so that the page, not the frame, scrolls.
preview.addEventListener('load', () => {
  // The root's own box, not scrollHeight, which is never less than the frame's height.
  const height = preview.contentDocument?.documentElement.getBoundingClientRect().height;
  if (height) preview.style.height = `${Math.ceil(height) + 2}px`;
});

async function copy() {
  if (!currentHtml) return;
  const size = (new Blob([currentHtml]).size / 1024).toFixed(1);
  const title = topicSelect.selectedOptions[0]?.text ?? '';
  try {
    await navigator.clipboard.writeText(currentHtml);
    showStatus(`Copied ${size} KB of HTML for “${title}”.`);
  } catch {
    source.closest('details').open = true;
    showStatus('The browser did not allow copying: select the HTML source below and copy it.', 'error');
  }
}

for (const input of [topicSelect, accentInput, hrefInput]) input.addEventListener('input', render);
// Not on input: while a width is typed, its first digits are out of range.
widthInput.addEventListener('change', render);
copyButton.addEventListener('click', copy);
render();
