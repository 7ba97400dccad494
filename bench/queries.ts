/** The queries of the search rows, typed letter by letter. */
export const QUERIES = ['holographic glasses', 'open source', 'loneliness', 'calculater', 'universal translater', 'the future of ai'];
