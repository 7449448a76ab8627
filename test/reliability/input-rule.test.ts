// One input rule for every public entry point (src/internal/input.ts): text arguments must be
// strings, are NFKC-normalised, lose their invisible characters and are trimmed; anything else
// is an InvalidOptionError naming the parameter. Options must be plain objects.
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import * as main from "../../src/index.js";
import { InvalidOptionError } from "../../src/index.js";
import { normalizeInput } from "../../src/internal/input.js";
import * as programs from "../../src/programs.js";
import { validateCareer, validateOccupation } from "../../src/schemas/index.js";
import * as search from "../../src/search.js";

/** Every entry point that takes an id, a code or a query, with the parameter name it reports. */
const entries: readonly (readonly [string, string, (value: unknown) => unknown])[] = [
  ["getCareer", "id", (v) => main.getCareer(v as string)],
  ["getCareerOrThrow", "id", (v) => main.getCareerOrThrow(v as string)],
  ["getOccupation", "code", (v) => main.getOccupation(v as string)],
  ["getOccupationOrThrow", "code", (v) => main.getOccupationOrThrow(v as string)],
  ["getCredential", "id", (v) => main.getCredential(v as string)],
  ["getOrganization", "id", (v) => main.getOrganization(v as string)],
  ["getCodeSet", "id", (v) => main.getCodeSet(v as string)],
  ["getSource", "id", (v) => main.getSource(v as string)],
  ["careerSteps", "careerOrCode", (v) => main.careerSteps(v as string)],
  ["nextStep", "careerOrCode", (v) => main.nextStep(v as string)],
  ["compareCareers (a)", "a", (v) => main.compareCareers(v as string, "29-2072")],
  ["compareCareers (b)", "b", (v) => main.compareCareers("29-2072", v as string)],
  ["officialFigures", "code", (v) => main.officialFigures(v as string)],
  ["groupFigures", "id", (v) => main.groupFigures(v as string)],
  ["relatedCareers", "id", (v) => main.relatedCareers(v as string)],
  ["careerPaths (from)", "from", (v) => main.careerPaths(v as string, "coding-supervisor")],
  ["careerPaths (to)", "to", (v) => main.careerPaths("insurance-coder", v as string)],
  ["toJsonLd", "careerOrCode", (v) => main.toJsonLd(v as string)],
  ["toHowToJsonLd", "careerOrCode", (v) => main.toHowToJsonLd(v as string)],
  ["searchCareers", "text", (v) => main.searchCareers(v as string)],
  ["searchOccupations", "text", (v) => search.searchOccupations(v as string)],
  ["getProgram", "cip", (v) => programs.getProgram(v as string)],
  ["getProgramOrThrow", "cip", (v) => programs.getProgramOrThrow(v as string)],
  ["occupationsForProgram", "cip", (v) => programs.occupationsForProgram(v as string)],
  ["programsFor", "careerOrCode", (v) => programs.programsFor(v as string)],
  ["stepsWithPrograms", "careerOrCode", (v) => programs.stepsWithPrograms(v as string)],
  [
    "nextStep completed",
    "completed",
    (v) => main.nextStep("insurance-coder", { completed: [v as string] }),
  ],
  [
    "nextStepIn completed",
    "completed",
    (v) => main.nextStepIn(main.getCareer("insurance-coder"), { completed: [v as string] }),
  ],
];

/** Values that are not strings, including ones that used to be coerced with String(). */
const notStrings: readonly (readonly [string, () => unknown])[] = [
  ["a number", () => 292072],
  ["a Symbol", () => Symbol("insurance-coder")],
  ["null", () => null],
  ["undefined", () => undefined],
  ["an object", () => ({})],
  ["an array holding the id", () => ["insurance-coder"]],
  ["a String object", () => new String("insurance-coder")],
  ["an object with toString", () => ({ toString: () => "insurance-coder" })],
  ["a BigInt", () => 29n],
];

describe("anything but a string is an InvalidOptionError naming the parameter", () => {
  const cases = entries.flatMap(([fn, parameter, call]) =>
    notStrings
      .filter(([what]) => !(fn.endsWith("completed") && what === "a number"))
      .map(([what, value]) => [fn, what, parameter, call, value] as const),
  );
  it.each(cases)("%s(%s)", (_fn, _what, parameter, call, value) => {
    let thrown: unknown;
    try {
      call(value());
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidOptionError);
    expect((thrown as InvalidOptionError).option).toBe(parameter);
    expect((thrown as Error).message).toMatch(/expected (a string|step ids \(strings\))/);
  });
});

describe("options must be plain objects", () => {
  const optionCalls: readonly (readonly [string, (options: unknown) => unknown])[] = [
    ["nextStep", (o) => main.nextStep("insurance-coder", o as never)],
    ["searchCareers", (o) => main.searchCareers("coder", o as never)],
    ["searchOccupations", (o) => search.searchOccupations("nurse", o as never)],
    ["careerPaths", (o) => main.careerPaths("insurance-coder", "coding-supervisor", o as never)],
    ["toJsonLd", (o) => main.toJsonLd("insurance-coder", o as never)],
    ["toHowToJsonLd", (o) => main.toHowToJsonLd("insurance-coder", o as never)],
  ];
  const bad: readonly (readonly [string, unknown])[] = [
    ["an array", [1, 2]],
    ["an empty array", []],
    ["null", null],
    ["a string", "limit"],
    ["a number", 3],
    ["a Map", new Map([["limit", 3]])],
    ["a Date", new Date(0)],
    ["a class instance", new (class Options {})()],
  ];
  it.each(
    optionCalls.flatMap(([fn, call]) =>
      bad.map(([what, value]) => [fn, what, call, value] as const),
    ),
  )("%s with %s as options", (_fn, _what, call, value) => {
    expect(() => call(value)).toThrow(InvalidOptionError);
    try {
      call(value);
    } catch (error) {
      expect((error as InvalidOptionError).option).toBe("options");
    }
  });
  it.each(optionCalls)("%s accepts {} and Object.create(null)", (_fn, call) => {
    expect(() => call({})).not.toThrow();
    expect(() => call(Object.create(null))).not.toThrow();
  });
});

describe("text is normalised the same way everywhere", () => {
  it.each([
    ["full-width code", "２９-２０７２", "29-2072"],
    ["zero-width space inside", "29-20\u200b72", "29-2072"],
    ["soft hyphen inside", "insurance-cod\u00ader", "insurance-coder"],
    ["BOM in front", "\ufeffinsurance-coder", "insurance-coder"],
    ["spaces and a word joiner", "  insurance-coder\u2060 ", "insurance-coder"],
  ])("%s", (_what, input, expected) => {
    expect(normalizeInput(input)).toBe(expected);
  });

  it("every lookup finds what the plain id finds", () => {
    expect(main.getCareer("\u200binsurance-coder")).toBe(main.getCareer("insurance-coder"));
    expect(main.getOccupation("２９-２０７２")).toBe(main.getOccupation("29-2072"));
    expect(main.careerSteps("ｉｎｓｕｒａｎｃｅ-ｃｏｄｅｒ")).toBe(
      main.careerSteps("insurance-coder"),
    );
    expect(programs.getProgram("５１.０７１３")).toBe(programs.getProgram("51.0713"));
    expect(main.getCredential("c\u00adpc")).toBe(main.getCredential("cpc"));
  });

  it("full-width digits get a did-you-mean and find results", () => {
    expect(() => main.getOccupationOrThrow("２９-２０７３")).toThrow(/did you mean .*"29-2072"/);
    expect(search.searchOccupations("２９-１１４１")[0]?.code).toBe("29-1141");
    expect(search.searchOccupations("ｎｕｒｓｅ").length).toBeGreaterThan(0);
  });

  it("an invisible character inside a word does not stop search", () => {
    const plain = search.searchOccupations("nurse").map((h) => h.code);
    expect(search.searchOccupations("nur\u00adse").map((h) => h.code)).toEqual(plain);
    expect(search.searchOccupations("nu\u200brse").map((h) => h.code)).toEqual(plain);
    expect(main.searchCareers("cod\u200ber").map((h) => h.id)).toEqual(
      main.searchCareers("coder").map((h) => h.id),
    );
  });

  it("a completed list that changes between reads is read once", () => {
    let reads = 0;
    const shifty = new Proxy(["high-school"], {
      get(target, key, receiver) {
        if (key === "0") return ++reads > 1 ? 42n : "high-school";
        return Reflect.get(target, key, receiver);
      },
    });
    const result = main.nextStep("insurance-coder", { completed: shifty as unknown as string[] });
    expect(result.kind).toBe("next");
  });
});

describe("text fields of records need a visible character", () => {
  it.each([
    ["zero-width spaces", "\u200b\u200b\u200b"],
    ["a soft hyphen and a BOM", "\u00ad\ufeff"],
    ["word joiners and spaces", " \u2060 \u2060 "],
  ])("an occupation title of %s is rejected", (_what, title) => {
    const occupation = { ...structuredClone(main.getOccupation("29-2072")), title };
    const result = validateOccupation(occupation);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues.map((i) => i.path.join("."))).toContain("title");
  });

  it("a career title of zero-width characters is rejected", () => {
    const career = { ...structuredClone(main.getCareer("insurance-coder")), title: "\u200c\u200d" };
    expect(validateCareer(career).success).toBe(false);
  });
});

const NUM_RUNS = 1000;
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : Date.now() % 2 ** 31;
afterAll(() =>
  console.log(`input rule: normalisation properties ${NUM_RUNS} runs each (seed ${seed})`),
);

/** Invisible characters the rule removes. */
const invisible = fc.constantFrom(
  "\u200b",
  "\u200c",
  "\u200d",
  "\u00ad",
  "\ufeff",
  "\u2060",
  "\u200e",
  "\u202e",
  "\u034f",
  "\ufe0f",
);
const ids = fc.constantFrom(...main.careerIds, ...main.occupationCodes.slice(0, 50));

describe("input normalisation (properties)", () => {
  it("is idempotent and leaves no invisible character or outer space", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (text) => {
        const once = normalizeInput(text);
        return (
          normalizeInput(once) === once &&
          once === once.trim() &&
          !/[\u200b-\u200f\u00ad\ufeff\u2060-\u206f]/.test(once)
        );
      }),
      { numRuns: NUM_RUNS, seed },
    );
  });

  it("an id with invisible characters, full-width forms and outer spaces finds the same record", () => {
    const fullWidth = (s: string) =>
      [...s]
        .map((c) =>
          c >= "!" && c <= "~" ? String.fromCodePoint((c.codePointAt(0) as number) + 0xfee0) : c,
        )
        .join("");
    fc.assert(
      fc.property(
        ids,
        fc.array(fc.tuple(fc.nat(), invisible), { maxLength: 4 }),
        fc.boolean(),
        fc.constantFrom("", " ", "\t", "\u3000"),
        (id, inserts, wide, pad) => {
          let text = wide ? fullWidth(id) : id;
          for (const [at, c] of inserts) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + c + text.slice(i);
          }
          text = pad + text + pad;
          return main.careerSteps(text) === main.careerSteps(id);
        },
      ),
      { numRuns: NUM_RUNS, seed },
    );
    console.log(`input rule: ${NUM_RUNS} runs passed (seed ${seed})`);
  });
});
