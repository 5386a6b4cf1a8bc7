// The one module that imports the NLP libraries; each is set up once per process (or worker).
// wink-nlp reads whole articles (fast); compromise is only ever given short candidate spans,
// because over whole articles it runs about twenty times slower than wink's full pass.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import nlpCompromise from 'compromise';

export const wink = winkNLP(model);
export const its = wink.its;

/** compromise over a short phrase (a candidate name, a noun phrase): never a whole article. */
export function compromisePhrase(phrase: string) {
  if (phrase.length > 400) throw new RangeError('compromise is only for short spans');
  return nlpCompromise(phrase);
}
