// What more than one rule or extractor reads from the same article is computed once for it.
// Extractors stay pure functions: a cached value depends only on its key.

/** `compute` once per key object (an article's Prepared, an entity index): nothing outlives its key. */
export function perKey<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}

/**
 * `compute` for the last text it was asked about, kept until another text comes: the extractors read
 * an article one after another, and the text, a string, can key no WeakMap.
 */
export function forLastText<V>(compute: (text: string) => V): (text: string) => V {
  let lastText: string | null = null;
  let last: V;
  return (text) => {
    if (text !== lastText) {
      last = compute(text);
      lastText = text;
    }
    return last;
  };
}
