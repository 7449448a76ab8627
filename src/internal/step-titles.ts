// Natural step titles from official occupation titles: "Registered nurses" → "a registered nurse".

const IRREGULAR: Readonly<Record<string, string>> = {
  men: "man",
  women: "woman",
  people: "person",
};

/** The singular of one plural English noun, or undefined when it does not look plural. */
function singularWord(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (IRREGULAR[lower]) return IRREGULAR[lower];
  if (/(?:ss|us|is)$/.test(lower)) return undefined;
  if (/men$/.test(lower)) return `${word.slice(0, -3)}man`;
  if (/[^aeiou]ies$/.test(lower)) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|zes)$/.test(lower)) return word.slice(0, -2);
  if (/s$/.test(lower)) return word.slice(0, -1);
  return undefined;
}

/** Lower-cases the first letter unless the first word is an acronym ("RN", "CDL"). */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) || /^[A-Z](?:\s|$)/.test(text)
    ? text[0]?.toLowerCase() + text.slice(1)
    : text;
}

/**
 * Singular of a plain plural noun phrase. "A and B" is a list when A ends in a plural noun
 * ("chefs and head cooks" → "chef or head cook"); otherwise "and" joins modifiers and only the
 * last word is the noun ("billing and posting clerks" → "billing and posting clerk").
 */
function singularPhrase(phrase: string): string | undefined {
  const words = phrase.split(" ");
  const segments: string[][] = [[]];
  words.forEach((word, i) => {
    (segments[segments.length - 1] as string[]).push(word);
    if (words[i + 1] === "and" && singularWord(word) !== undefined && i + 2 < words.length) {
      segments.push([]);
    }
  });
  const singles = segments.map((seg) => {
    const body = seg[0] === "and" ? seg.slice(1) : seg;
    const last = singularWord(body[body.length - 1] ?? "");
    return last === undefined ? undefined : [...body.slice(0, -1), last].join(" ");
  });
  return singles.every((s) => s !== undefined) ? singles.join(" or ") : undefined;
}

/**
 * One member of an occupation, with its article: "a registered nurse", "an electrician",
 * "a first-line supervisor of office and administrative support workers". Titles that do not
 * reduce to a plain singular (lists with commas, "all other", no plural head) read "one of the
 * …" instead, so the result is always grammatical.
 */
export function oneMember(title: string): string {
  const role = singularRole(title);
  if (role === undefined) return `one of the ${lowerFirst(title)}`;
  return `${/^[aeiou]/i.test(role) ? "an" : "a"} ${role}`;
}

/** The singular role of an official title without an article, or undefined (see {@link oneMember}). */
export function singularRole(title: string): string | undefined {
  const t = lowerFirst(title.trim());
  // "Elementary school teachers, except special education" → "elementary school teacher (except …)".
  const except = /^([^,]+), (except [^,]+(?:, [^,]+)*)$/.exec(t);
  if (except) {
    const head = singularRole(except[1] as string);
    return head === undefined ? undefined : `${head} (${except[2]})`;
  }
  if (t.includes(",") || t.includes("--") || /\ball other\b/.test(t)) return undefined;
  const of = t.indexOf(" of ");
  if (of !== -1) {
    const head = singularPhrase(t.slice(0, of));
    return head === undefined ? undefined : `${head}${t.slice(of)}`;
  }
  return singularPhrase(t);
}
