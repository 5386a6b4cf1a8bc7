// A literal alternation written as a trie ("p(?:artner|rovid)|c(?:ontract|ompan)"): the
// regex engine then branches on one character at a time instead of trying every word at
// every position, which makes a scan for many anchor words several times faster.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Node {
  end: boolean;
  next: Map<string, Node>;
}

function insert(root: Node, word: string): void {
  let n = root;
  for (const ch of word) {
    let m = n.next.get(ch);
    if (!m) {
      m = { end: false, next: new Map() };
      n.next.set(ch, m);
    }
    n = m;
  }
  n.end = true;
}

function source(n: Node): string {
  const branches = [...n.next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([ch, m]) => escape(ch) + source(m));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  // a word that ends here and also continues: the longer one is tried first, then the end
  return n.end ? `(?:${body})?` : body;
}

/** Regex source matching exactly the given words, longest match first. */
export function trieSource(words: readonly string[]): string {
  const root: Node = { end: false, next: new Map() };
  for (const w of words) if (w) insert(root, w);
  return source(root);
}
