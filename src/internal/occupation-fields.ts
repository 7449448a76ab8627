// The occupation fields that the generated records leave out when they follow from the rest of
// the record: the slug (from the title) and the SOC groups (from the code and one shared table
// of group titles). scripts/data/emit.ts leaves a field out only where this module gives it back
// exactly, and checks every record; a record whose slug or groups differ keeps its own.
import type { Occupation } from "../schemas/occupation.js";
import { slugify } from "./slug.js";

/** SOC group titles by group code (major, minor and broad groups). */
export type SocGroupTitles = Readonly<Record<string, string>>;

/** An occupation record as generated: `slug` and `soc` may be missing. */
export type StoredOccupation = Omit<Occupation, "slug" | "soc"> &
  Partial<Pick<Occupation, "slug" | "soc">>;

const group = (groups: SocGroupTitles, code: string) =>
  Object.hasOwn(groups, code) ? { code, title: groups[code] as string } : undefined;

/**
 * The SOC groups of an occupation code by the SOC 2018 code pattern: the major group XX-0000,
 * the minor group XX-YY00 if there is one (15-1200) and else XX-Y000, and the broad group
 * XX-XXX0; undefined when the table lacks one of them.
 */
export function socGroupsOf(code: string, groups: SocGroupTitles): Occupation["soc"] | undefined {
  const major = group(groups, `${code.slice(0, 2)}-0000`);
  const minor = group(groups, `${code.slice(0, 5)}00`) ?? group(groups, `${code.slice(0, 4)}000`);
  const broad = group(groups, `${code.slice(0, 6)}0`);
  return major && minor && broad ? { major, minor, broad } : undefined;
}

/** The full occupation record of a stored one, keys in schema order. */
export function expandOccupation(stored: StoredOccupation, groups: SocGroupTitles): Occupation {
  const { code, title, slug, kind, covers, soc, ...rest } = stored;
  return {
    code,
    title,
    slug: slug ?? slugify(title),
    kind,
    covers,
    soc: soc ?? (socGroupsOf(code, groups) as Occupation["soc"]),
    ...rest,
  } as Occupation;
}
