// Property tests with fast-check, 1,000 runs each. The seed is printed; rerun a failure with
// FC_SEED=<seed> npx vitest run test/reliability/fuzz.test.ts
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import {
  careerIds,
  careerSteps,
  compareCareers,
  getCareer,
  getOccupation,
  InvalidOptionError,
  nextStep,
  nextStepIn,
  occupationCodes,
  UnknownCareerError,
  UnknownOccupationError,
  UnknownStepError,
} from "../../src/index.js";
import {
  Career,
  Occupation,
  type ValidationResult,
  validateCareer,
  validateOccupation,
} from "../../src/schemas/index.js";
import { searchOccupations } from "../../src/search.js";

const NUM_RUNS = 1000;
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : Date.now() % 2 ** 31;
const ran: string[] = [];

/** Runs a property with the logged seed and records how many cases it tried. */
function check<T>(name: string, property: fc.IProperty<T>, numRuns = NUM_RUNS): void {
  fc.assert(property, { numRuns, seed });
  ran.push(`${name}: ${numRuns} runs`);
  console.log(`fuzz: ${name}: ${numRuns} runs passed (seed ${seed})`);
}

afterAll(() => {
  console.log(`fuzz: ${ran.length} properties, ${ran.length * NUM_RUNS}+ cases, seed ${seed}`);
});

const validators = [
  ["validateOccupation", validateOccupation, Occupation],
  ["validateCareer", validateCareer, Career],
] as const;

describe("validators on arbitrary values", () => {
  it.each(validators)(
    "%s never throws; a success really matches the schema",
    (name, validate, schema) => {
      const holds = (result: ValidationResult<unknown>) =>
        result.success
          ? schema.safeParse(result.data).success
          : result.issues.length > 0 && !/\n/.test(result.summary);
      check(
        `${name} × fc.jsonValue()`,
        fc.property(fc.jsonValue(), (value) => holds(validate(value))),
      );
      check(
        `${name} × fc.anything()`,
        fc.property(
          fc.anything({
            withBigInt: true,
            withBoxedValues: true,
            withMap: true,
            withSet: true,
            withNullPrototype: true,
            withObjectString: true,
            withSparseArray: true,
            withTypedArray: true,
            withDate: true,
          }),
          (value) => holds(validate(value)),
        ),
      );
    },
  );
});

// ---- One wrong-typed leaf in a valid record -------------------------------------------------

type Path = readonly (string | number)[];

/** Every leaf (a primitive or null) of a JSON-like value, with its path. */
function leaves(value: unknown, path: Path = []): { path: Path; value: unknown }[] {
  if (value === null || typeof value !== "object") return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
}

/** Values whose type differs from the leaf's (and that no nullable or union field accepts). */
function wrongValues(leaf: unknown): unknown[] {
  switch (typeof leaf) {
    case "string":
      return [42, true, {}, [], [leaf]];
    case "number":
      return [String(leaf), true, [], [leaf], { value: leaf }];
    case "boolean":
      return [String(leaf), 1, {}, []];
    default:
      return ["x", true, ["x"], 7n];
  }
}

function withLeaf(record: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(record) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1) as string | number] = value;
  return copy;
}

const related = (a: Path, b: Path) => {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true; // one is a prefix of the other
};

describe("valid records with one leaf replaced by a wrong-typed value", () => {
  const records = [
    ["an occupation (29-2072)", getOccupation("29-2072"), validateOccupation],
    ["an occupation (29-1141, with skills)", getOccupation("29-1141"), validateOccupation],
    ["the insurance-coder career", getCareer("insurance-coder"), validateCareer],
  ] as const;

  it.each(records)(
    "%s is rejected, with an issue at (or around) that path",
    (name, record, validate) => {
      expect(validate(record).success).toBe(true);
      const all = leaves(record);
      expect(all.length).toBeGreaterThan(30);
      const mutation = fc
        .constantFrom(...all)
        .chain((leaf) => fc.tuple(fc.constant(leaf), fc.constantFrom(...wrongValues(leaf.value))));
      check(
        `${name} × one leaf replaced by any JSON value`,
        fc.property(fc.constantFrom(...all), fc.jsonValue(), (leaf, value) => {
          const result = validate(withLeaf(record, leaf.path, value));
          return result.success
            ? (validate === validateCareer ? Career : Occupation).safeParse(result.data).success
            : // A well-typed value can break a cross-field rule (duration min ≤ max), which is
              // reported on a sibling: accept any issue within the leaf's parent.
              result.issues.some((issue) => related(issue.path, leaf.path.slice(0, -1)));
        }),
      );
      check(
        `${name} × one wrong leaf`,
        fc.property(mutation, ([leaf, wrong]) => {
          const result = validate(withLeaf(record, leaf.path, wrong));
          if (result.success) return false;
          return result.issues.some((issue) => related(issue.path, leaf.path));
        }),
      );
    },
  );
});

// ---- Search ----------------------------------------------------------------------------------

const rtl = "אבגדהוזחטיכלמנסעפצקרשת ابتثجحخدذرزسشصضطظعغفقكلمنهوي \u200f\u202e\u2067";
const meta = `.*+?^$\{}()|[]\\/-:!=<>#&~'"\``;
const queryArbitrary = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc.string({ unit: fc.constantFrom(...rtl), maxLength: 120 }),
  fc.string({ unit: fc.constantFrom(...meta, "a", "e", "n", " "), maxLength: 120 }),
  fc
    .constantFrom("nurse", "medical coder", "15-1252", "registerd nurse")
    .chain((q) =>
      fc
        .tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }))
        .map(([a, b]) => a + q + b),
    ),
);

describe("searchOccupations on arbitrary text", () => {
  it("never throws, returns at most `limit` ranked hits with known codes", () => {
    const codes = new Set<string>(occupationCodes);
    check(
      "searchOccupations × arbitrary text and limit",
      fc.property(queryArbitrary, fc.integer({ min: 1, max: 100 }), (text, limit) => {
        const hits = searchOccupations(text, { limit });
        if (hits.length > limit) return false;
        for (let i = 0; i < hits.length; i++) {
          const hit = hits[i];
          if (!hit || !codes.has(hit.code) || !Number.isFinite(hit.score)) return false;
          if (i > 0 && (hits[i - 1]?.score ?? 0) < hit.score) return false;
        }
        return new Set(hits.map((h) => h.code)).size === hits.length;
      }),
    );
  });

  it("takes about as long for 100 KB of input as for 1 KB (input is bounded, not scanned)", () => {
    searchOccupations("warm up the index");
    const median = (text: string) => {
      const times: number[] = [];
      for (let i = 0; i < 15; i++) {
        const t = performance.now();
        searchOccupations(text, { limit: 100 });
        times.push(performance.now() - t);
      }
      return times.sort((a, b) => a - b)[7] as number;
    };
    // Words that all match titles, so the 1 KB query does the full ranking work.
    const unit = "registered nurse medical records ";
    const small = median(unit.repeat(Math.ceil(1_000 / unit.length)).slice(0, 1_000));
    const samples = [
      unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000),
      "a".repeat(100_000),
      "nurse ".repeat(20_000),
      `${"(a+)+".repeat(20_000)}!`,
      "\u{1F600}".repeat(50_000),
    ];
    for (const big of samples) {
      const t = median(big);
      console.log(`fuzz: search 100 KB ${t.toFixed(2)} ms vs 1 KB ${small.toFixed(2)} ms`);
      // Linear scanning would be ~100×; a bounded read is ~1×. Allow noise on a busy machine.
      expect(t).toBeLessThan(Math.max(50, small * 10));
    }
  });
});

// ---- nextStep --------------------------------------------------------------------------------

const typedErrors = [
  UnknownStepError,
  InvalidOptionError,
  UnknownCareerError,
  UnknownOccupationError,
];

describe("nextStep with arbitrary completed lists", () => {
  it("returns a typed result or throws one of the typed errors", () => {
    const targets = fc.oneof(
      fc.constantFrom(...careerIds),
      fc.constantFrom(...occupationCodes),
      fc.string({ maxLength: 12 }),
    );
    const item = (stepIds: readonly string[]) =>
      fc.oneof(
        fc.constantFrom(...stepIds),
        fc.integer({ min: -3, max: 12 }),
        fc.string({ maxLength: 8 }),
        fc.double(),
        fc.constantFrom(null, undefined, true, {}, [], Number.MAX_SAFE_INTEGER, -0),
      );
    const scenario = targets.chain((target) => {
      let stepIds: string[] = ["high-school", "first-job"];
      try {
        stepIds = careerSteps(target).map((s) => s.id);
      } catch {
        // unknown target: any ids will do
      }
      return fc.tuple(
        fc.constant(target),
        fc.array(item(stepIds.length > 0 ? stepIds : ["x"]), { maxLength: 8 }),
        fc.oneof(fc.boolean(), fc.constantFrom(undefined, "yes", 1, null)),
      );
    });
    check(
      "nextStep × arbitrary completed",
      fc.property(scenario, ([target, completed, skipOptional]) => {
        let result: ReturnType<typeof nextStep>;
        try {
          result = nextStep(target, { completed, skipOptional } as never);
        } catch (error) {
          return typedErrors.some((E) => error instanceof E);
        }
        const steps = careerSteps(target);
        if (result.total !== steps.length) return false;
        if (result.kind === "done") return true;
        const done = new Set(completed.map((c) => (typeof c === "number" ? steps[c - 1]?.id : c)));
        return steps.includes(result.step) && !done.has(result.step.id);
      }),
    );
  });

  it("treats any options value as valid options or an InvalidOptionError", () => {
    check(
      "nextStep × fc.anything() as options",
      fc.property(fc.anything(), (options) => {
        try {
          const r = nextStep("insurance-coder", options as never);
          return r.kind === "next" || r.kind === "done";
        } catch (error) {
          return typedErrors.some((E) => error instanceof E);
        }
      }),
    );
  });
});

describe("nextStepIn with arbitrary guides", () => {
  it("returns a result or throws InvalidOptionError (UnknownStepError for a completed step it lacks), never a TypeError", () => {
    const step = fc.oneof(
      fc.anything(),
      fc.record({ id: fc.string({ maxLength: 6 }), prerequisites: fc.array(fc.anything()) }),
      fc.record({
        id: fc.constantFrom("a", "b", "c"),
        optional: fc.anything(),
        prerequisites: fc.array(fc.constantFrom("a", "b", "c", "z"), { maxLength: 3 }),
      }),
    );
    const guide = fc.oneof(
      fc.anything(),
      fc.record({ id: fc.anything(), steps: fc.anything() }),
      fc.record({ id: fc.string({ maxLength: 6 }), steps: fc.array(step, { maxLength: 5 }) }),
    );
    check(
      "nextStepIn × arbitrary guide",
      fc.property(
        guide,
        fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 3 }),
        (g, completed) => {
          try {
            const r = nextStepIn(g as never);
            nextStepIn(g as never, { completed });
            return r.kind === "next" || r.kind === "done";
          } catch (error) {
            return error instanceof InvalidOptionError || error instanceof UnknownStepError;
          }
        },
      ),
    );
  });
});

// ---- compareCareers --------------------------------------------------------------------------

describe("compareCareers is symmetric", () => {
  it("swapping the two sides swaps or negates every two-sided field", () => {
    const id = fc.oneof(fc.constantFrom(...careerIds), fc.constantFrom(...occupationCodes));
    const sorted = (xs: readonly string[]) => [...xs].sort();
    check(
      "compareCareers(a, b) vs compareCareers(b, a)",
      fc.property(id, id, (a, b) => {
        const ab = compareCareers(a, b);
        const ba = compareCareers(b, a);
        expect(ab.skills.similarity).toBe(ba.skills.similarity);
        for (const k of ["education", "experience", "training"] as const) {
          expect(ab[k].difference + ba[k].difference).toBe(0);
          expect([ab[k].a, ab[k].b]).toEqual([ba[k].b, ba[k].a]);
        }
        expect(ab.relation.onetAtoB).toEqual(ba.relation.onetBtoA);
        expect(ab.relation.onetBtoA).toEqual(ba.relation.onetAtoB);
        expect([ab.jobZone.a, ab.jobZone.b]).toEqual([ba.jobZone.b, ba.jobZone.a]);
        expect([ab.growth.a, ab.growth.b]).toEqual([ba.growth.b, ba.growth.a]);
        expect([ab.timeToEntry.a, ab.timeToEntry.b]).toEqual([ba.timeToEntry.b, ba.timeToEntry.a]);
        expect(sorted(ab.skills.shared)).toEqual(sorted(ba.skills.shared));
        expect([ab.skills.onlyA, ab.skills.onlyB]).toEqual([ba.skills.onlyB, ba.skills.onlyA]);
        expect(sorted(ab.credentials.shared)).toEqual(sorted(ba.credentials.shared));
        expect(ab.wages.comparable).toBe(ba.wages.comparable);
        if (ab.wages.comparable && ba.wages.comparable) {
          expect(ab.wages.a).toEqual(ba.wages.b);
          const d = ab.wages.medianDifference;
          expect(d === undefined ? undefined : -d + 0).toBe(
            ba.wages.medianDifference === undefined ? undefined : ba.wages.medianDifference + 0,
          );
        }
        return true;
      }),
    );
  });
});
