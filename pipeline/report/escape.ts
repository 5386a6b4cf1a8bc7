// The one place text becomes HTML. Everything that comes from an article or a record passes
// through here, so an article that contains "<script>" shows as text.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and for quoted attribute values alike. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * The page file of an article: "<id>.html", except that ids of the form index(.article)*
 * gain one more ".article" so no article overwrites index.html and no two ids share a file.
 */
export function pageFile(id: string): string {
  return `${/^index(?:\.article)*$/i.test(id) ? `${id}.article` : id}.html`;
}

/** An article page as a relative URL: ids may hold spaces, '#', '?' or '%'. */
export function pageHref(id: string, fragment?: string): string {
  return `${encodeURIComponent(pageFile(id))}${fragment ? `#${encodeURIComponent(fragment)}` : ''}`;
}
