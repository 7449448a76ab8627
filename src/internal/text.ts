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

/** The key two texts share when they are the same title: stemmed tokens joined by spaces. */
export function titleKey(text: string): string {
  return tokens(text).join(" ");
}
