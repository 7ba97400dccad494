// Shows what the page hears from the deliberately wrong quote: verbatim-error names the
// closest passage in the transcript and how the words differ.
const out = document.getElementById('last-error');
document.addEventListener('verbatim-error', (event) => {
  if (out && event.target.localName === 'verbatim-quote') out.textContent = `verbatim-error: ${event.detail.message}`;
});
