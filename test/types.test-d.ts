import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
  type Career,
  type CareerId,
  careerSteps,
  getCareer,
  getOccupation,
  type NextStepResult,
  nextStep,
  type Occupation,
  type OccupationCode,
} from "../src/index.js";
import type {
  Career as CareerSchema,
  Occupation as OccupationSchema,
} from "../src/schemas/index.js";
import { validateCareer } from "../src/schemas/index.js";

describe("types", () => {
  it("ids are literal unions, not string", () => {
    expectTypeOf<CareerId>().not.toEqualTypeOf<string>();
    expectTypeOf<"insurance-coder">().toExtend<CareerId>();
    expectTypeOf<OccupationCode>().not.toEqualTypeOf<string>();
    expectTypeOf<"29-2072">().toExtend<OccupationCode>();
  });

  it("getters narrow on known ids", () => {
    expectTypeOf(getCareer("insurance-coder")).toEqualTypeOf<Career>();
    expectTypeOf(getCareer("x" as string)).toEqualTypeOf<Career | undefined>();
    expectTypeOf(getOccupation("29-2072")).toEqualTypeOf<Occupation>();
    expectTypeOf(getOccupation("x" as string)).toEqualTypeOf<Occupation | undefined>();
  });

  it("exported types are the schemas' inferred types", () => {
    expectTypeOf<Career>().toEqualTypeOf<z.infer<typeof CareerSchema>>();
    expectTypeOf<Occupation>().toEqualTypeOf<z.infer<typeof OccupationSchema>>();
  });

  it("results narrow on their discriminant", () => {
    const r = nextStep("insurance-coder", { completed: [] });
    expectTypeOf(r).toEqualTypeOf<NextStepResult>();
    if (r.kind === "next") expectTypeOf(r.step.id).toEqualTypeOf<string>();
    const v = validateCareer({});
    if (v.success) expectTypeOf(v.data).toEqualTypeOf<Career>();
    else expectTypeOf(v.summary).toEqualTypeOf<string>();
    expectTypeOf(careerSteps).parameter(0).toExtend<string>();
  });

  it("rejects a wrong option type", () => {
    // @ts-expect-error completed must be an array
    nextStep("insurance-coder", { completed: "high-school" });
    // @ts-expect-error skipOptional must be a boolean
    nextStep("insurance-coder", { skipOptional: 1 });
  });
});
