import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { OccupationCode } from "../src/index.js";
import {
  getProgram,
  isProgramCode,
  occupationsForProgram,
  type Program,
  type ProgramCode,
  programsFor,
} from "../src/programs.js";
import type { Program as ProgramSchema } from "../src/schemas/index.js";

describe("program types", () => {
  it("program codes are a literal union, not string", () => {
    expectTypeOf<ProgramCode>().not.toEqualTypeOf<string>();
    expectTypeOf<"51.0713">().toExtend<ProgramCode>();
  });

  it("getProgram narrows on a known code", () => {
    expectTypeOf(getProgram("51.0713")).toEqualTypeOf<Program>();
    expectTypeOf(getProgram("x" as string)).toEqualTypeOf<Program | undefined>();
  });

  it("the exported type is the schema's inferred type", () => {
    expectTypeOf<Program>().toEqualTypeOf<z.infer<typeof ProgramSchema>>();
  });

  it("returns readonly arrays and narrows with the guard", () => {
    expectTypeOf(occupationsForProgram("51.3801")).toEqualTypeOf<readonly OccupationCode[]>();
    expectTypeOf(programsFor("insurance-coder")).toEqualTypeOf<readonly Program[]>();
    const value: unknown = "51.0713";
    if (isProgramCode(value)) expectTypeOf(value).toEqualTypeOf<ProgramCode>();
  });
});
