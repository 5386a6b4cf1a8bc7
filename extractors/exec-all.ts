// A global pattern's matches, found with exec on the pattern itself.
// String.prototype.matchAll (like split) builds a fresh copy of its pattern on every call, and in
// a long run V8 compiled those copies to native code again and again: in the command line the
// dates extractor's scan for date words took 2.5 times as long as in a loop over the same
// articles, and as long again once it used exec on the one shared pattern.

/**
 * Every match of `pattern` (which must have the `g` flag) in `text`, in order. Not re-entrant:
 * the pattern's lastIndex is the loop's state, so a pattern must not be walked inside its own
 * walk. Empty matches step one code unit on, as matchAll does.
 */
export function* execAll(pattern: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!pattern.global) throw new TypeError(`execAll needs a global pattern: ${pattern}`);
  pattern.lastIndex = 0;
  try {
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0].length === 0) pattern.lastIndex++;
      yield m;
    }
  } finally {
    pattern.lastIndex = 0;
  }
}
