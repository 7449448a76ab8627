// Lazy access to the curated guides. Nothing is indexed at import time; records are frozen the
// first time they are handed out. The `careerpath/guides/<id>` entry (src/generated/guides/) freezes
// the same record object at its load, so both ways of getting a guide hand out one object.
import { careerNameTable } from "../generated/career-names.js";
import { careerRecords } from "../generated/careers.js";
import { type CareerId, careerIds } from "../generated/ids.js";
import type { Career } from "../schemas/career.js";
import { deepFreeze } from "./freeze.js";

const has = (record: object, key: string) => Object.hasOwn(record, key);

/** The career with this id, frozen, or undefined. */
export function careerById(id: string): Career | undefined {
  return has(careerRecords, id) ? deepFreeze(careerRecords[id as CareerId]) : undefined;
}

/** The title of the career with this id, or undefined; freezes nothing. */
export function careerTitle(id: string): string | undefined {
  return has(careerRecords, id) ? careerRecords[id as CareerId].title : undefined;
}

let byOccupation: Map<string, CareerId> | undefined;

/**
 * The curated guide that covers `code` as a whole occupation (scope "occupation", main code),
 * if any. A specialty guide never stands for its occupation; see {@link specialtyGuidesFor}.
 */
export function careerForCode(code: string): CareerId | undefined {
  if (!byOccupation) {
    byOccupation = new Map();
    for (const id of careerIds) {
      const career = careerRecords[id];
      const main = career.occupations[0];
      if (career.scope === "occupation" && main && !byOccupation.has(main))
        byOccupation.set(main, id);
    }
  }
  return byOccupation.get(code);
}

/** The specialty guides inside an occupation, by id, sorted. */
export function specialtyGuidesFor(code: string): CareerId[] {
  return careerIds.filter(
    (id) => careerRecords[id].scope === "specialty" && careerRecords[id].occupations.includes(code),
  );
}

/** Names that identify careers, for "did you mean": ids, titles and aliases. */
export function* careerNames(): Generator<readonly [string, string]> {
  for (const { id, title, aliases } of careerNameTable) {
    yield [id, id];
    yield [title, id];
    for (const alias of aliases) yield [alias, id];
  }
}
