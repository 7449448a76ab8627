// Lazy access to the generated data. Nothing is parsed or indexed at import time; records are
// frozen the first time they are handed out.
import { careerRecords } from "../generated/careers.js";
import { type CareerId, careerIds } from "../generated/ids.js";
import type { Career } from "../schemas/career.js";
import { deepFreeze } from "./freeze.js";

const has = (record: object, key: string) => Object.hasOwn(record, key);

/** The career with this id, frozen, or undefined. */
export function careerById(id: string): Career | undefined {
  return has(careerRecords, id) ? deepFreeze(careerRecords[id as CareerId]) : undefined;
}

let byOccupation: Map<string, CareerId> | undefined;

/** The curated guide whose main occupation is `code`, if any. */
export function careerForCode(code: string): CareerId | undefined {
  if (!byOccupation) {
    byOccupation = new Map();
    for (const id of careerIds) {
      const main = careerRecords[id].occupations[0];
      if (main && !byOccupation.has(main)) byOccupation.set(main, id);
    }
  }
  return byOccupation.get(code);
}

/** Names that identify careers, for "did you mean": ids, titles and aliases. */
export function* careerNames(): Generator<readonly [string, string]> {
  for (const id of careerIds) {
    const career = careerRecords[id];
    yield [id, id];
    yield [career.title, id];
    for (const alias of career.aliases) yield [alias, id];
  }
}
