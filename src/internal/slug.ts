// The slug of an occupation title. The importer (scripts/official/build.ts) writes each slug with
// it, and the occupation decoder (src/internal/occupation-fields.ts) works out the slugs that the
// generated records leave out with it.

/** The longest slug. */
export const SLUG_MAX = 80;

/** Small words that should not end a shortened slug ("…-metal-and"). */
const danglingWords = new Set(["and", "or", "of", "the", "in", "for", "to", "except"]);

/** Cuts a slug to `max` characters at a word boundary, without a dangling small word. */
export function cutSlug(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const words = slug.slice(0, max + 1).split("-");
  words.pop(); // the last word is cut or empty
  while (words.length > 1 && danglingWords.has(words.at(-1) ?? "")) words.pop();
  return words.length > 0 && words[0] !== "" ? words.join("-") : slug.slice(0, max);
}

/** Lower-cases a title and joins its alphanumeric runs with hyphens, at most 80 characters. */
export function slugify(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return cutSlug(slug, SLUG_MAX);
}
