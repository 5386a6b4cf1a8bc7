// The one module that imports the NLP libraries; each is set up once per process (or worker).
// wink-nlp reads whole articles (fast); compromise is only ever given short candidate spans,
// because over whole articles it runs about twenty times slower than wink's full pass.
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * wink-nlp learns every token it emits into a lexicon shared by all later documents, and its
 * tokeniser keeps a learned word whole ("ICS’s" read once as one token stays one token), so
 * an article's tokens would depend on which articles the process read before it. That breaks
 * the cache, the worker pool and the API, whose results must depend on the article alone.
 *
 * Building a fresh instance per article costs about 140 ms. Instead the lexeme hash that wink's
 * tokeniser captured when the instance was built (`tokenizerView`) holds only the model's own
 * lexemes and those seen in the current document, as a fresh instance's would; lexemes learned
 * from earlier documents are kept in `learnedBefore` and removed from that view when a document
 * starts. wink's bookkeeping, which reads the hash through `features.lexeme.hash` when a token
 * is not in the tokeniser's view, is given a Proxy that finds every learned lexeme and shows it
 * to the tokeniser for the rest of the document, so nothing is added twice and memory does not
 * grow per article. Only those misses pass through the Proxy, not every token's lookup (a Proxy
 * on every lookup cost about 7% of the prepare stage).
 */
interface LexemeFeature { hash: Record<string, number>; list: string[]; intrinsicSize: number }
interface CoreModel { features: { lexeme: LexemeFeature } }
type WinkModel = typeof model & { core: () => CoreModel };

function isolatedInstance(base: WinkModel) {
  let loaded: CoreModel | null = null;
  const withCore = Object.assign(Object.create(base) as WinkModel, {
    core: (): CoreModel => (loaded = base.core()),
  });
  // Only sentence boundaries and part of speech are used: wink's NER, negation and sentiment
  // passes would cost about a third of the time for nothing.
  const nlp = winkNLP(withCore, ['sbd', 'pos']);
  if (!loaded) throw new Error('wink-nlp did not load its core model: the per-document isolation in pipeline/nlp.ts needs updating');
  const lexeme = (loaded as CoreModel).features.lexeme;
  const tokenizerView = lexeme.hash;
  const learnedBefore: Record<string, number> = Object.create(null) as Record<string, number>;
  const shownThisDocument: string[] = [];
  const bookkeeping = new Proxy(tokenizerView, {
    get(view, key) {
      if (typeof key !== 'string') return Reflect.get(view, key);
      const index = view[key];
      if (index !== undefined) return index;
      const learned = learnedBefore[key];
      if (learned !== undefined) {
        view[key] = learned;
        shownThisDocument.push(key);
      }
      return learned;
    },
    set(view, key, value: number) {
      if (typeof key !== 'string') return Reflect.set(view, key, value);
      view[key] = value;
      learnedBefore[key] = value;
      shownThisDocument.push(key);
      return true;
    },
  });
  Object.defineProperty(lexeme, 'hash', {
    get: () => bookkeeping,
    set() {
      throw new Error('wink-nlp replaced its lexeme hash: the per-document isolation in pipeline/nlp.ts needs updating');
    },
  });
  // the model's own words: indices below intrinsicSize, before any document taught it more
  const isModelWord = (lower: string) => {
    const index = tokenizerView[lower];
    return index !== undefined && index < lexeme.intrinsicSize;
  };
  const readDoc = (text: string) => {
    for (const key of shownThisDocument) delete tokenizerView[key];
    shownThisDocument.length = 0;
    return nlp.readDoc(text);
  };
  return { its: nlp.its, readDoc, isModelWord };
}

const instance = isolatedInstance(model as WinkModel);
export const its = instance.its;

/** wink's analysis of one document; the result depends on `text` alone, never on earlier calls. */
export function readDoc(text: string) {
  return instance.readDoc(text);
}

/**
 * Whether wink's English lexicon holds `lower` (a lower-case word) as one of its own words: "health" and
 * "meridian" do; coined names ("oakwell", "graphnet") and most proper names ("oxford") do not.
 */
export function isEnglishWord(lower: string): boolean {
  return instance.isModelWord(lower);
}

type Compromise = typeof import('compromise').default;
let compromise: Compromise | null = null;
/**
 * compromise over a short phrase (a candidate name, a noun phrase): never a whole article.
 * Loaded on first use: no extractor calls it today, and loading it costs every process and
 * worker about 55 MB of memory (30 MB of it on the heap every major GC walks) and 0.3 s.
 */
export function compromisePhrase(phrase: string) {
  if (phrase.length > 400) throw new RangeError('compromise is only for short spans');
  compromise ??= createRequire(import.meta.url)('compromise') as Compromise;
  return compromise(phrase);
}
