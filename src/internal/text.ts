/** Longest query we read; longer input is cut here so search stays linear and bounded. */
export const MAX_QUERY_CHARS = 256;

/** Lower-cases, strips accents and punctuation, and collapses spaces. */
export function normalize(text: string): string {
  return text
    .slice(0, MAX_QUERY_CHARS * 4)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** A crude singular form, so that "nurses" finds "nurse" and "clerks" finds "clerk". */
export function stem(token: string): string {
  if (token.length > 3 && token.endsWith("s") && !token.endsWith("ss")) return token.slice(0, -1);
  return token;
}

/** Normalized, stemmed tokens of a text. */
export function tokens(text: string): string[] {
  const n = normalize(text);
  return n === "" ? [] : n.split(" ").map(stem);
}

/** Anything but printable ASCII, tab and line breaks: such text takes the full Unicode path. */
const NOT_PLAIN = /[^ -~\t\n\r]/;

/**
 * The normalized, stemmed tokens of a title: the same as {@link tokens}, with a fast path for
 * plain ASCII (NFKD changes no ASCII text) at a quarter of the cost, because search tokenizes
 * ~67,000 titles when it builds its index.
 */
export function titleTokens(text: string): string[] {
  if (NOT_PLAIN.test(text)) return tokens(text);
  const lower = text.slice(0, MAX_QUERY_CHARS * 4).toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(stem(lower.slice(start, i)));
      start = -1;
    }
  }
  return out;
}

/** The key two texts share when they are the same title: stemmed tokens joined by spaces. */
export function titleKey(text: string): string {
  return titleTokens(text).join(" ");
}
