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
 * Building a fresh instance per article costs about 140 ms, so instead the lexicon's hash is
 * wrapped: the tokeniser's lookups (which read the hash directly) see only the model's own
 * lexemes and those learned in the current document, exactly as a fresh instance would,
 * while wink's own bookkeeping (which reads it through `features.lexeme.hash`) still finds
 * every learned lexeme, so nothing is added twice and memory does not grow per article.
 */
interface LexemeFeature { hash: Record<string, number>; list: string[]; intrinsicSize: number }
interface CoreModel { features: { lexeme: LexemeFeature } }
type WinkModel = typeof model & { core: () => CoreModel };

const learnedThisDocument = new Set<string>();
let bookkeepingRead = false;

function isolateDocuments(base: WinkModel): WinkModel {
  const core = (): CoreModel => {
    const loaded = base.core();
    const lexeme = loaded.features.lexeme;
    const real = lexeme.hash;
    const intrinsic = lexeme.intrinsicSize;
    const guarded = new Proxy(real, {
      get(target, key) {
        const viaBookkeeping = bookkeepingRead;
        bookkeepingRead = false;
        const index = (target as Record<PropertyKey, number | undefined>)[key];
        if (index === undefined || index < intrinsic || typeof key !== 'string') return index;
        if (viaBookkeeping) {
          learnedThisDocument.add(key);
          return index;
        }
        return learnedThisDocument.has(key) ? index : undefined;
      },
      set(target, key, value) {
        bookkeepingRead = false;
        (target as Record<PropertyKey, unknown>)[key] = value;
        if (typeof key === 'string') learnedThisDocument.add(key);
        return true;
      },
    });
    Object.defineProperty(lexeme, 'hash', {
      get() {
        bookkeepingRead = true;
        return guarded;
      },
      set() {
        throw new Error('wink-nlp replaced its lexeme hash: the per-document isolation in pipeline/nlp.ts needs updating');
      },
    });
    return loaded;
  };
  return Object.assign(Object.create(base) as WinkModel, { core });
}

// Only sentence boundaries and part of speech are used: wink's NER, negation and sentiment
// passes would cost about a third of the time for nothing.
const instance = winkNLP(isolateDocuments(model as WinkModel), ['sbd', 'pos']);
export const its = instance.its;

/** wink's analysis of one document; the result depends on `text` alone, never on earlier calls. */
export function readDoc(text: string) {
  learnedThisDocument.clear();
  bookkeepingRead = false;
  return instance.readDoc(text);
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
