import { DEFAULT_DATA_DIR, loadCorpus, loadQuestionReadings, type Corpus } from './article/load.ts';
import { ArticleSearch } from './search/ask.ts';
import { PeopleLookup } from './search/who.ts';

/** What every reply names: the piece, its author and outlet, and that it is opinion. */
export interface ArticleMeta {
  title: string;
  author: string;
  outlet: string;
  published: string;
  /** Body paragraphs, as readers count them: not the title, byline, author's note or disclaimer. */
  paragraphCount: number;
  sections: string[];
}

/** The bot's brain, built once at start-up and shared by every front door. */
export interface Core {
  corpus: Corpus;
  meta: ArticleMeta;
  search: ArticleSearch;
  people: PeopleLookup;
}

export function createCore(dataDir: string = DEFAULT_DATA_DIR): Core {
  const corpus = loadCorpus(dataDir);
  const { article } = corpus;
  const people = new PeopleLookup(corpus);
  return {
    corpus,
    meta: {
      title: article.title,
      author: corpus.author.name,
      outlet: article.outlet,
      published: article.published.approximate,
      paragraphCount: article.paragraphs.filter((p) => p.kind === 'body').length,
      sections: corpus.headings.map((h) => h.text),
    },
    search: new ArticleSearch(corpus, people, loadQuestionReadings(corpus, dataDir)),
    people,
  };
}
