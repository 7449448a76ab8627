// The word lists of search normalisation. Each list comes from data, and docs/search.md says how:
// the benchmark misses of ../shared/data/search-realworld and the O*NET 29.3 titles, counting how
// often a title with the word and the same title without it name the same occupation.

/**
 * Words that join other words and carry no meaning of their own; weight 0. "&" becomes no word
 * at all, so "Landscape & Groundskeeping" and "Landscape and Groundskeeping" read the same.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  "a",
  "an",
  "and",
  "at",
  "by",
  "for",
  "in",
  "of",
  "on",
  "or",
  "the",
  "to",
  "with",
]);

/**
 * Rank, level and employment words: they say how senior, how long or where, not what the work
 * is ("Senior Accountant", "Staff Pharmacist II", "Part-Time Bank Teller", "Travel RN"). O*NET
 * never lists "senior X" or "X II" as a title beside X, and the benchmark's misses show them
 * on employer titles of the same code. They keep a tenth of their weight, so they still break a
 * tie between two titles that differ only by them. "Assistant", "supervisor", "manager",
 * "apprentice" and "helper" are not here: they change the code.
 */
export const RANK_WORDS: ReadonlySet<string> = new Set([
  // seniority and rank
  "senior",
  "sr",
  "junior",
  "jr",
  "lead",
  "staff",
  "associate",
  "experienced",
  "entry",
  "level",
  // levels: roman numerals and single digits
  "i",
  "ii",
  "iii",
  "iv",
  "v",
  "1",
  "2",
  "3",
  "4",
  "5",
  // hours, terms and place of work
  "part",
  "full",
  "time",
  "night",
  "overnight",
  "weekend",
  "shift",
  "per",
  "diem",
  "prn",
  "travel",
  "traveling",
  "remote",
  "hybrid",
  "onsite",
  "temporary",
  "temp",
  "seasonal",
  "contract",
]);

/**
 * Credential words that rarely change the occupation: in O*NET, "certified X" and X name the
 * same code 73 times against 8, "licensed X" 49 against 3, "registered X" 19 against 2. They
 * keep a third of their weight.
 */
export const CREDENTIAL_WORDS: ReadonlySet<string> = new Set([
  "certified",
  "licensed",
  "registered",
]);

/** Plural and irregular forms that the suffix rules of `stem` do not cover. */
export const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ["women", "woman"],
  ["knives", "knife"],
  ["wives", "wife"],
  ["lives", "life"],
  ["leaves", "leaf"],
  ["thieves", "thief"],
  ["children", "child"],
  ["people", "person"],
  ["feet", "foot"],
  ["teeth", "tooth"],
]);

/**
 * Short forms that people type for an occupation, with the words they stand for. A query word
 * in this list is also read as its expansion (the better reading wins), so "ICU RN" finds
 * registered nurses as "ICU registered nurse" would. O*NET's own short titles ("RN", "CNA")
 * are indexed as titles; this list covers what they miss. Each entry has a test
 * (test/search-rules.test.ts).
 */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    rn: "registered nurse",
    lpn: "licensed practical nurse",
    lvn: "licensed vocational nurse",
    cna: "certified nursing assistant",
    emt: "emergency medical technician",
    cpa: "certified public accountant",
    cdl: "truck driver",
    hvac: "heating air conditioning mechanic",
    qa: "quality assurance",
    ux: "user experience designer",
    hr: "human resources",
    pt: "physical therapist",
    ot: "occupational therapist",
    pta: "physical therapist assistant",
    cota: "occupational therapy assistant",
    crna: "nurse anesthetist",
    np: "nurse practitioner",
    pa: "physician assistant",
    cma: "medical assistant",
    rt: "respiratory therapist",
    slp: "speech language pathologist",
    csr: "customer service representative",
    dba: "database administrator",
    hha: "home health aide",
    cnc: "computer numerically controlled",
  }),
);
