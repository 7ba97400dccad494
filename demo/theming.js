// The French section of theming.html: every word the elements show or announce, in French.
// The quotes stay in English, the language of the interview (their `lang` says so).
const list = new Intl.ListFormat('fr', { type: 'conjunction' });

const french = {
  readInContext: 'Lire dans son contexte',
  copyQuote: 'Copier la citation',
  quoteCopied: 'Citation copiée',
  quoteCopyRefused: 'Copie impossible : le navigateur refuse l’accès au presse-papiers.',
  readMore: 'Lire ce passage de la conversation',
  withSpeakers: (names) => `Avec ${list.format(names)}`,
  carouselLabel: (title) => `Citations de ${title}`,
  carouselRole: 'carrousel',
  slideRole: 'diapositive',
  slideLabel: (position, count) => `${position} sur ${count}`,
  slidePosition: (position, count) => `${position} / ${count}`,
  pickSlide: (position, count) => `Diapositive ${position} sur ${count}`,
  previousQuote: 'Citation précédente',
  nextQuote: 'Citation suivante',
  startRotation: 'Lancer le défilement automatique',
  stopRotation: 'Arrêter le défilement automatique',
  readItInContext: 'La lire dans son contexte',
};

for (const element of document.querySelectorAll('.french [data-strings]')) element.strings = french;
