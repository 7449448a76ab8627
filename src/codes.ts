/**
 * Every occupation code a user may hold, resolved to today's occupations: EP line items and
 * OEWS codes, SOC 2018 codes inside an EP aggregate, O*NET-SOC 2019 and 2010 codes, and SOC 2010
 * codes, through the official BLS and O*NET crosswalks. This entry point carries the crosswalk
 * tables so that the main entry does not.
 *
 * @module careerpath/codes
 */
export { describeResolution } from "./codes/describe-resolution.js";
export { resolveOccupation } from "./codes/resolve-occupation.js";
export type {
  CodeResolution,
  CodeSystem,
  CodeTitle,
  ExactResolution,
  LineItem,
  MemberResolution,
  MergedResolution,
  OnetSpecialtyResolution,
  RenamedResolution,
  SplitResolution,
  Successor,
  UnknownResolution,
} from "./codes/types.js";
