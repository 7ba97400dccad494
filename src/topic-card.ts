// Entry point: <verbatim-topic-card> alone.
export { VerbatimTopicCard } from './components/topic-card/topic-card.js';
