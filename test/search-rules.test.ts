// The ranking rules of search (docs/search.md), one hand-written case each, plus the word
// lists: every abbreviation, the alias routing of a guide that spans several codes, typo
// correction and tie-breaks. The real-title benchmark is `npm run bench:search`, not a test.
import { describe, expect, it } from "vitest";
import { searchCareers } from "../src/index.js";
import { CorpusBuilder, rank } from "../src/search/engine.js";
import { stem, words } from "../src/search/normalize.js";
import { ABBREVIATIONS } from "../src/search/words.js";
import { searchOccupations } from "../src/search.js";

const top = (q: string) => searchOccupations(q)[0];

describe("normalisation", () => {
  const cases = [
    ["C.N.A.", ["cna"]],
    ["c.n.a", ["cna"]],
    ["Sr. Software Engineer", ["sr", "software", "engineer"]],
    ["Baker's Assistant", ["baker", "assistant"]],
    ["Landscape & Groundskeeping", ["landscape", "groundskeeping"]],
    ["part-time/seasonal", ["part", "time", "seasonal"]],
    ["Nannies", ["nanny"]],
    ["Firemen", ["fireman"]],
    ["Women", ["woman"]],
    ["Coaches", ["coach"]],
    ["Shelves", ["shelf"]],
    ["Boxes", ["box"]],
    ["Nurses", ["nurse"]],
    ["Business", ["business"]],
    ["Café Cashier", ["cafe", "cashier"]],
    ["constructor", ["constructor"]],
  ] as const;
  it.each(cases)("%s → %j", (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
  it("stems a word and its plural alike", () => {
    expect(stem("secretaries")).toBe(stem("secretary"));
    expect(stem("foremen")).toBe(stem("foreman"));
  });
});

describe("ranking rules", () => {
  const cases = [
    // partial matches: not every word has to be in a title
    { query: "Physician (Neurologist)", code: "29-1217", why: "the rarer word decides" },
    { query: "Landscape & Groundskeeping Worker", code: "37-3011", why: "& and partial words" },
    {
      query: "uber driver",
      code: "53-3032",
      why: "an unknown word is left out, not corrected to 'tuber'",
    },
    // rank, level and employment words count for little
    { query: "Senior Accountant", code: "13-2011", why: "senior" },
    { query: "Sr. Software Engineer", code: "15-1252", why: "sr." },
    { query: "Staff Pharmacist II", code: "29-1051", why: "staff, II" },
    { query: "CASHIER II", code: "41-2011", why: "roman numeral" },
    { query: "Associate Veterinarian", code: "29-1131", why: "associate as a rank" },
    { query: "part-time bank teller", code: "43-3071", why: "part-time" },
    { query: "registered nurse II", code: "29-1141", why: "level word after an official title" },
    { query: "night shift security guard", code: "33-9032", why: "night shift" },
    { query: "per diem pharmacist", code: "29-1051", why: "per diem" },
    { query: "travel RN", code: "29-1141", why: "travel" },
    // the words that change the code stay meaningful
    { query: "carpenter helper", code: "47-3012", why: "helper" },
    { query: "electrician apprentice", code: "47-3013", why: "apprentice" },
    { query: "baker helper", code: "51-9198", why: "helper" },
    { query: "restaurant manager", code: "11-9051", why: "manager" },
    { query: "janitor supervisor", code: "37-1011", why: "supervisor" },
    { query: "human resources assistant", code: "43-4161", why: "assistant" },
    // plurals, irregular forms, acronyms with dots
    { query: "nannies", code: "39-9011", why: "-ies" },
    { query: "secretaries", code: "43-6014", why: "-ies, the general code first" },
    { query: "foremen", code: "47-1011", why: "-men" },
    { query: "C.N.A.", code: "31-1131", why: "dots in an acronym" },
    // exact titles by field
    { query: "Mayor", code: "11-1011", why: "a direct-match title" },
    { query: "payday loan officer", code: "13-2072", why: "a direct-match title" },
    { query: "K-8 School Principal", code: "11-9032", why: "a direct-match title with a hyphen" },
    { query: "court clerk", code: "43-4031", why: "not file clerks" },
    { query: "reservation agent", code: "43-4181", why: "not file clerks" },
    { query: "dishwashers", code: "35-9021", why: "the official title before O*NET titles" },
    { query: "teller", code: "43-3071", why: "the official title (singular) first" },
    // typos, only for words no title has
    { query: "accountnat", code: "13-2011", why: "a swapped pair" },
    { query: "software developr", code: "15-1252", why: "a missing letter" },
    { query: "Busers", code: "35-9011", why: "a single s for a double" },
  ] as const;
  it.each(cases)("$query → $code ($why)", ({ query, code }) => {
    expect(top(query)?.code).toBe(code);
  });

  it("an exact official title ranks before an exact O*NET title, which ranks before a word match", () => {
    expect(searchOccupations("Registered nurses")[0]).toMatchObject({
      code: "29-1141",
      match: "title",
    });
    const hits = searchOccupations("Mechanic", { limit: 20 });
    const exact = hits.filter((h) => h.match === "alternate");
    expect(exact.length).toBeGreaterThan(1);
    expect(hits.findIndex((h) => h.match === "tokens")).toBeGreaterThanOrEqual(exact.length);
  });

  it("a title with all the words ranks before one with some of them", () => {
    const hits = searchOccupations("hotel desk clerk", { limit: 5 });
    expect(hits[0]?.code).toBe("43-4081");
    const firstPartial = hits.findIndex((h) => h.match === "partial");
    const lastFull = hits.map((h) => h.match !== "partial").lastIndexOf(true);
    expect(firstPartial === -1 || firstPartial > lastFull).toBe(true);
  });

  it("reads -ves as -f", () => {
    expect(top("shelves stocker")).toMatchObject({ match: "alternate", matched: "Shelf Stocker" });
  });

  it("answers a query of rank words only", () => {
    expect(searchOccupations("Senior").length).toBeGreaterThan(0);
  });
});

describe("abbreviations", () => {
  const expected = {
    rn: "29-1141",
    lpn: "29-2061",
    lvn: "29-2061",
    cna: "31-1131",
    emt: "29-2042",
    cpa: "13-2011",
    cdl: "53-3032",
    hvac: "49-9021",
    qa: "51-9061",
    ux: "15-1255",
    hr: "13-1071",
    pt: "29-1123",
    ot: "29-1122",
    pta: "31-2021",
    cota: "31-2011",
    crna: "29-1151",
    np: "29-1171",
    pa: "29-1071",
    cma: "31-9092",
    rt: "29-1126",
    slp: "29-1127",
    csr: "43-4051",
    dba: "15-1242",
    hha: "31-1120",
    cnc: "51-9161",
  } as const;
  it("lists exactly the tested entries", () => {
    expect([...ABBREVIATIONS.keys()].sort()).toEqual(Object.keys(expected).sort());
  });
  it.each(Object.entries(expected))("%s → %s, alone and upper-case", (abbr, code) => {
    expect(top(abbr)?.code).toBe(code);
    expect(top(abbr.toUpperCase())?.code).toBe(code);
  });
  it.each(Object.entries(expected))("%s spelled out reads as the same occupation", (abbr, code) => {
    const long = ABBREVIATIONS.get(abbr) ?? "";
    const hits = searchOccupations(long, { limit: 5 }).map((h) => h.code);
    expect(hits).toContain(code);
  });
  it("reads a short form inside a longer title", () => {
    expect(top("QA tester")?.code).toBe("15-1253");
    expect(top("HR manager")?.code).toBe("11-3121");
    expect(top("CDL driver")?.code).toBe("53-3032");
  });
});

describe("the aliases of a guide that spans several codes (information-clerk)", () => {
  const routed = [
    ["records clerk", "43-4071"],
    ["file clerk", "43-4071"],
    ["order clerk", "43-4151"],
    ["correspondence clerk", "43-4021"],
    ["court clerk", "43-4031"],
    ["hotel desk clerk", "43-4081"],
    ["reservation agent", "43-4181"],
    ["human resources assistant", "43-4161"],
    ["interviewer", "43-4111"],
  ] as const;
  it.each(routed)("%s goes to %s, not to the guide's first code", (alias, code) => {
    expect(top(alias)?.code).toBe(code);
  });
  it("an exact O*NET title of another code is never outranked by an alias", () => {
    for (const [alias] of routed) {
      const hits = searchOccupations(alias, { limit: 5 });
      const firstAlias = hits.findIndex((h) => h.match === "alias");
      const exactOther = hits.findIndex(
        (h) => h.match !== "alias" && h.match !== "tokens" && h.match !== "partial",
      );
      if (firstAlias >= 0 && exactOther >= 0) expect(exactOther).toBeLessThan(firstAlias);
    }
  });
  it("every alias finds the guide with all its codes", () => {
    for (const alias of [...routed.map(([a]) => a), "eligibility interviewer"]) {
      const hit = searchCareers(alias)[0];
      expect(hit).toMatchObject({ id: "information-clerk", match: "alias" });
      expect(hit?.occupations).toHaveLength(10);
    }
  });
});

describe("typos and ties", () => {
  it("corrects only words that no title has", () => {
    expect(top("Mayor")).toMatchObject({ code: "11-1011", match: "direct" });
    expect(top("registerd nurse")).toMatchObject({ code: "29-1141", match: "typo" });
  });
  it("puts a title with the typed words ahead of one reached through a correction", () => {
    const b = new CorpusBuilder();
    b.add(0, "alternate", "Tuber Operator");
    b.add(1, "alternate", "Van Driver");
    const corpus = b.build(new Float64Array([0, 0]));
    expect(rank(corpus, "uber driver", 2).map((h) => h.group)).toEqual([1, 0]);
  });
  it("breaks a tie by the number of matching titles, then by employment, never by order", () => {
    const b = new CorpusBuilder();
    b.add(0, "alternate", "Mechanic");
    b.add(1, "alternate", "Mechanic");
    b.add(1, "reported", "Mechanic Lead");
    b.add(2, "alternate", "Mechanic");
    const byEvidence = b.build(new Float64Array([500, 1, 100]));
    expect(rank(byEvidence, "mechanic", 3).map((h) => h.group)).toEqual([1, 0, 2]);
    const c = new CorpusBuilder();
    c.add(0, "alternate", "Mechanic");
    c.add(1, "alternate", "Mechanic");
    const byEmployment = c.build(new Float64Array([10, 900]));
    expect(rank(byEmployment, "mechanic", 2).map((h) => h.group)).toEqual([1, 0]);
  });
});
