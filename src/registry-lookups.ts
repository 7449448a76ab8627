import { registryRecords, registryShapes, registryStrings } from "./generated/registry.js";
import { compactLookup } from "./internal/compact-json.js";
import { readText } from "./internal/input.js";
import type { CodeSet, Credential, Organization } from "./schemas/registry.js";
import type { Source } from "./schemas/source.js";

/** The key prefix of each registry table (scripts/data/emit.ts). */
const TABLES = { credentials: "c", organizations: "o", codeSets: "k", sources: "s" } as const;
interface Registry {
  readonly credentials: Credential;
  readonly organizations: Organization;
  readonly codeSets: CodeSet;
  readonly sources: Source;
}
const registry = compactLookup<Registry[keyof Registry]>(
  registryRecords,
  registryShapes,
  registryStrings,
);

/** A registry entry, frozen; each entry is decoded at its first look-up. */
const lookup = <K extends keyof Registry>(name: K, value: string): Registry[K] | undefined =>
  registry(`${TABLES[name]}:${readText(value, "id")}`) as Registry[K] | undefined;

/**
 * Looks up a credential (e.g. `"cpc"`, `"rhit"`) in the registry.
 *
 * @param id - A credential id.
 * @returns The credential with its sourced facts, deeply frozen; `undefined` when unknown.
 * @category Registry
 * @example
 * ```ts
 * import { getCredential } from "careerpath";
 * getCredential("cpc")?.issuer; // "aapc"
 * ```
 */
export function getCredential(id: string): Credential | undefined {
  return lookup("credentials", id);
}

/**
 * Looks up an organization (e.g. `"ahima"`) in the registry.
 *
 * @param id - An organization id.
 * @returns The organization, deeply frozen; `undefined` when unknown.
 * @category Registry
 * @example
 * ```ts
 * import { getOrganization } from "careerpath";
 * getOrganization("ahima")?.acronym; // "AHIMA"
 * ```
 */
export function getOrganization(id: string): Organization | undefined {
  return lookup("organizations", id);
}

/**
 * Looks up a medical code set (e.g. `"icd-10-cm"`).
 *
 * @param id - A code-set id.
 * @returns The code set with its steward, deeply frozen; `undefined` when unknown.
 * @category Registry
 * @example
 * ```ts
 * import { getCodeSet } from "careerpath";
 * getCodeSet("cpt")?.steward; // "ama"
 * ```
 */
export function getCodeSet(id: string): CodeSet | undefined {
  return lookup("codeSets", id);
}

/**
 * Looks up an entry of the source registry: a dataset release or a cited page.
 *
 * @param id - A source id, as found in any figure's `source`.
 * @returns The source with publisher, period, URL and licence, deeply frozen; `undefined` when unknown.
 * @category Registry
 * @example
 * ```ts
 * import { getSource } from "careerpath";
 * getSource("bls-oews-2024")?.period; // "May 2024"
 * ```
 */
export function getSource(id: string): Source | undefined {
  return lookup("sources", id);
}
