// biome-ignore-all format: one case per line keeps the catalogue readable as a table
// The bad-input catalogue: every case names its input and the error it must produce (class
// name and a message pattern). bad-inputs.test.ts runs them all. Add a case here whenever a bad
// input is reported; keep the tables as data.

import { guide as insuranceCoder } from "../../src/generated/guides/insurance-coder.js";

/** Error class names the catalogue expects. */
export type ErrorName =
  | "UnknownCareerError"
  | "UnknownOccupationError"
  | "UnknownStepError"
  | "InvalidOptionError"
  | "CareerpathValidationError"
  | "UsageError"
  | "TypeError"
  | "ImportError";

/** Public functions the API cases call, by name. */
export type ApiFunction =
  | "getCareer"
  | "groupFigures"
  | "getProgramOrThrow"
  | "getCareerOrThrow"
  | "getOccupationOrThrow"
  | "careerSteps"
  | "nextStep"
  | "nextStepIn"
  | "compareCareers"
  | "officialFigures"
  | "searchOccupations"
  | "searchCareers"
  | "careerPaths"
  | "relatedCareers"
  | "toJsonLd"
  | "toHowToJsonLd"
  | "parseCareer"
  | "parseOccupation";

export interface ApiCase {
  readonly name: string;
  readonly fn: ApiFunction;
  readonly args: readonly unknown[];
  readonly error: ErrorName;
  readonly message: RegExp;
  /** For InvalidOptionError: the option it must name. */
  readonly option?: string;
  /** For Unknown*Error: an id that must be among the suggestions. */
  readonly suggests?: string;
}

/** The public API, called with bad arguments. */
export const apiCases = [
  { name: "career id with a typo", fn: "getCareerOrThrow", args: ["insurance-codr"], error: "UnknownCareerError", message: /^Unknown career or occupation "insurance-codr"; did you mean "insurance-coder"/, suggests: "insurance-coder" },
  { name: "empty career id", fn: "getCareerOrThrow", args: [""], error: "UnknownCareerError", message: /^Unknown career or occupation ""$/ },
  { name: "career id in capitals", fn: "getCareerOrThrow", args: ["INSURANCE-CODER"], error: "UnknownCareerError", message: /did you mean "insurance-coder"/, suggests: "insurance-coder" },
  { name: "occupation code with a typo", fn: "getOccupationOrThrow", args: ["29-2073"], error: "UnknownOccupationError", message: /^Unknown occupation code "29-2073"; did you mean .*"29-2072"/, suggests: "29-2072" },
  { name: "occupation code that does not exist", fn: "getOccupationOrThrow", args: ["99-9999"], error: "UnknownOccupationError", message: /^Unknown occupation code "99-9999"/ },
  { name: "O*NET-SOC code instead of a BLS code", fn: "getOccupationOrThrow", args: ["29-2072.00"], error: "UnknownOccupationError", message: /did you mean "29-2072"/, suggests: "29-2072" },
  { name: "career alias with a typo", fn: "nextStep", args: ["medical codr"], error: "UnknownCareerError", message: /did you mean "insurance-coder"/, suggests: "insurance-coder" },
  { name: "career title instead of its id", fn: "nextStep", args: ["Insurance Coder"], error: "UnknownCareerError", message: /did you mean "insurance-coder"/, suggests: "insurance-coder" },
  { name: "transposed occupation code", fn: "nextStep", args: ["29-2027"], error: "UnknownOccupationError", message: /did you mean .*"29-2072"/, suggests: "29-2072" },
  { name: "a number as the career", fn: "nextStep", args: [292072], error: "InvalidOptionError", message: /^Invalid option "careerOrCode": expected a string, received 292072$/, option: "careerOrCode" },
  { name: "undefined as the career", fn: "careerSteps", args: [undefined], error: "InvalidOptionError", message: /^Invalid option "careerOrCode": expected a string, received undefined$/, option: "careerOrCode" },
  { name: "a 10,000-character id", fn: "careerSteps", args: ["x".repeat(10_000)], error: "UnknownCareerError", message: /^Unknown career or occupation "x{57}\.\.\."$/ },
  { name: "an id with a line break", fn: "careerSteps", args: ["insurance\ncoder"], error: "UnknownCareerError", message: /did you mean "insurance-coder"/ },
  { name: "__proto__ as the career", fn: "careerSteps", args: ["__proto__"], error: "UnknownCareerError", message: /^Unknown career or occupation "__proto__"/ },
  { name: "completed step with a typo", fn: "nextStep", args: ["insurance-coder", { completed: ["hig-school"] }], error: "UnknownStepError", message: /^Unknown step of insurance-coder "hig-school"; did you mean "high-school"/, suggests: "high-school" },
  { name: "completed step number 0", fn: "nextStep", args: ["insurance-coder", { completed: [0] }], error: "UnknownStepError", message: /^Unknown step of insurance-coder "0"; did you mean "1–5"/ },
  { name: "completed step number past the end", fn: "nextStep", args: ["insurance-coder", { completed: [99] }], error: "UnknownStepError", message: /"99"/ },
  { name: "negative step number", fn: "nextStep", args: ["29-1141", { completed: [-1] }], error: "UnknownStepError", message: /^Unknown step of 29-1141 "-1"/ },
  { name: "fractional step number", fn: "nextStep", args: ["insurance-coder", { completed: [1.5] }], error: "InvalidOptionError", message: /^Invalid option "completed": expected step ids \(strings\) or step numbers \(integers\), received 1\.5$/, option: "completed" },
  { name: "NaN as a step", fn: "nextStep", args: ["insurance-coder", { completed: [Number.NaN] }], error: "InvalidOptionError", message: /received NaN/, option: "completed" },
  { name: "completed as a string", fn: "nextStep", args: ["insurance-coder", { completed: "high-school" }], error: "InvalidOptionError", message: /^Invalid option "completed": expected an array/, option: "completed" },
  { name: "null inside completed", fn: "nextStep", args: ["insurance-coder", { completed: [1, null] }], error: "InvalidOptionError", message: /received null/, option: "completed" },
  { name: "skipOptional as a string", fn: "nextStep", args: ["insurance-coder", { skipOptional: "yes" }], error: "InvalidOptionError", message: /^Invalid option "skipOptional": expected a boolean, received "yes"$/, option: "skipOptional" },
  { name: "null options", fn: "nextStep", args: ["insurance-coder", null], error: "InvalidOptionError", message: /^Invalid option "options": expected a plain object, received null$/, option: "options" },
  { name: "an array as options", fn: "nextStep", args: ["insurance-coder", [1, 2]], error: "InvalidOptionError", message: /received an array/, option: "options" },
  { name: "compare with a missing second side", fn: "compareCareers", args: ["insurance-coder", undefined], error: "InvalidOptionError", message: /^Invalid option "b"/, option: "b" },
  { name: "compare with an unknown career", fn: "compareCareers", args: ["insurance-codr", "29-2072"], error: "UnknownCareerError", message: /did you mean "insurance-coder"/ },
  { name: "compare with an unknown code", fn: "compareCareers", args: ["29-2072", "29-9999"], error: "UnknownOccupationError", message: /^Unknown occupation code "29-9999"/ },
  { name: "official figures for a short code", fn: "officialFigures", args: ["29-207"], error: "UnknownOccupationError", message: /^Unknown occupation code "29-207"/ },
  { name: "search limit 0", fn: "searchOccupations", args: ["nurse", { limit: 0 }], error: "InvalidOptionError", message: /^Invalid option "limit": expected an integer from 1 to 100, received 0$/, option: "limit" },
  { name: "search limit 101", fn: "searchOccupations", args: ["nurse", { limit: 101 }], error: "InvalidOptionError", message: /received 101/, option: "limit" },
  { name: "search limit as a string", fn: "searchOccupations", args: ["nurse", { limit: "5" }], error: "InvalidOptionError", message: /received "5"/, option: "limit" },
  { name: "search limit NaN", fn: "searchOccupations", args: ["nurse", { limit: Number.NaN }], error: "InvalidOptionError", message: /received NaN/, option: "limit" },
  { name: "search limit Infinity", fn: "searchCareers", args: ["coder", { limit: Number.POSITIVE_INFINITY }], error: "InvalidOptionError", message: /received Infinity/, option: "limit" },
  { name: "search options null", fn: "searchOccupations", args: ["nurse", null], error: "InvalidOptionError", message: /^Invalid option "options"/, option: "options" },
  { name: "career search limit negative", fn: "searchCareers", args: ["coder", { limit: -1 }], error: "InvalidOptionError", message: /received -1/, option: "limit" },
  { name: "career path to an unknown career", fn: "careerPaths", args: ["insurance-coder", "astronaut"], error: "UnknownCareerError", message: /^Unknown career or occupation "astronaut"/ },
  { name: "career path with maxHops 0", fn: "careerPaths", args: ["insurance-coder", "coding-supervisor", { maxHops: 0 }], error: "InvalidOptionError", message: /^Invalid option "maxHops": expected an integer from 1 to 10/, option: "maxHops" },
  { name: "related careers of an occupation code", fn: "relatedCareers", args: ["29-2072"], error: "UnknownCareerError", message: /^Unknown career or occupation "29-2072"/ },
  { name: "JSON-LD for an unknown career", fn: "toJsonLd", args: ["insurance-codr"], error: "UnknownCareerError", message: /did you mean "insurance-coder"/ },
  { name: "JSON-LD with a relative url", fn: "toJsonLd", args: ["insurance-coder", { url: "/careers/insurance-coder" }], error: "InvalidOptionError", message: /^Invalid option "url": expected an absolute http\(s\) URL/, option: "url" },
  { name: "JSON-LD with a javascript: url", fn: "toJsonLd", args: ["insurance-coder", { url: "javascript:alert(1)" }], error: "InvalidOptionError", message: /^Invalid option "url"/, option: "url" },
  { name: "JSON-LD with a bad review date", fn: "toHowToJsonLd", args: ["insurance-coder", { url: "https://example.com/", lastReviewed: "yesterday" }], error: "InvalidOptionError", message: /^Invalid option "lastReviewed"/, option: "lastReviewed" },
  { name: "JSON-LD with an invalid Date", fn: "toJsonLd", args: ["insurance-coder", { url: "https://example.com/", lastReviewed: new Date(Number.NaN) }], error: "InvalidOptionError", message: /^Invalid option "lastReviewed"/, option: "lastReviewed" },
  { name: "parse an empty object as a career", fn: "parseCareer", args: [{}], error: "CareerpathValidationError", message: /^Invalid Career: \d+ issues: id: Invalid input: expected string, received undefined/ },
  { name: "parse null as an occupation", fn: "parseOccupation", args: [null], error: "CareerpathValidationError", message: /^Invalid Occupation: 1 issue: \(root\): Invalid input: expected object, received null$/ },
  { name: "parse an array as a career", fn: "parseCareer", args: [[]], error: "CareerpathValidationError", message: /received array/ },
  // One input rule (issue 11): strings only, NFKC, invisible characters removed; plain-object options.
  { name: "a number to getCareerOrThrow", fn: "getCareerOrThrow", args: [42], error: "InvalidOptionError", message: /^Invalid option "id": expected a string, received 42$/, option: "id" },
  { name: "a Symbol to relatedCareers", fn: "relatedCareers", args: [Symbol("insurance-coder")], error: "InvalidOptionError", message: /^Invalid option "id": expected a string, received symbol$/, option: "id" },
  { name: "null to careerPaths", fn: "careerPaths", args: [null, "coding-supervisor"], error: "InvalidOptionError", message: /^Invalid option "from": expected a string, received null$/, option: "from" },
  { name: "an object to groupFigures", fn: "groupFigures", args: [{ id: "information-clerk" }], error: "InvalidOptionError", message: /^Invalid option "id": expected a string, received object$/, option: "id" },
  { name: "an array holding the id to getCareer", fn: "getCareer", args: [["insurance-coder"]], error: "InvalidOptionError", message: /^Invalid option "id": expected a string, received an array$/, option: "id" },
  { name: "a String object to getCareer", fn: "getCareer", args: [new String("insurance-coder")], error: "InvalidOptionError", message: /expected a string, received object$/, option: "id" },
  { name: "an object with toString to getCareer", fn: "getCareer", args: [{ toString: () => "insurance-coder" }], error: "InvalidOptionError", message: /expected a string, received object$/, option: "id" },
  { name: "a number to getProgramOrThrow", fn: "getProgramOrThrow", args: [51.0713], error: "InvalidOptionError", message: /^Invalid option "cip": expected a string/, option: "cip" },
  { name: "an array as search options", fn: "searchOccupations", args: ["nurse", [5]], error: "InvalidOptionError", message: /^Invalid option "options": expected a plain object, received an array$/, option: "options" },
  { name: "an array as careerPaths options", fn: "careerPaths", args: ["insurance-coder", "coding-supervisor", [2]], error: "InvalidOptionError", message: /received an array/, option: "options" },
  { name: "a Map as toJsonLd options", fn: "toJsonLd", args: ["insurance-coder", new Map([["url", "https://example.com/"]])], error: "InvalidOptionError", message: /^Invalid option "options": expected a plain object/, option: "options" },
  { name: "a number as search text", fn: "searchCareers", args: [29], error: "InvalidOptionError", message: /^Invalid option "text": expected a string, received 29$/, option: "text" },
  { name: "a BigInt inside completed", fn: "nextStep", args: ["insurance-coder", { completed: [1n] }], error: "InvalidOptionError", message: /^Invalid option "completed"/, option: "completed" },
  { name: "an id instead of the guide", fn: "nextStepIn", args: ["insurance-coder"], error: "InvalidOptionError", message: /^Invalid option "guide": expected a career guide \(an object with a string id and an array of steps\), received "insurance-coder"$/, option: "guide" },
  { name: "undefined as the guide (getCareer found nothing)", fn: "nextStepIn", args: [undefined], error: "InvalidOptionError", message: /^Invalid option "guide": expected a career guide/, option: "guide" },
  { name: "a guide step without prerequisites", fn: "nextStepIn", args: [{ id: "x", steps: [{ id: "a" }] }], error: "InvalidOptionError", message: /^Invalid option "guide\.steps": expected steps that each have a string id and an array of prerequisites/, option: "guide.steps" },
  { name: "guide step with a typo", fn: "nextStepIn", args: [insuranceCoder, { completed: ["hig-school"] }], error: "UnknownStepError", message: /^Unknown step of insurance-coder "hig-school"; did you mean "high-school"/, suggests: "high-school" },
  { name: "full-width digits with a typo", fn: "getOccupationOrThrow", args: ["２９-２０７３"], error: "UnknownOccupationError", message: /^Unknown occupation code "29-2073"; did you mean .*"29-2072"/, suggests: "29-2072" },
  { name: "an id with escape sequences", fn: "careerSteps", args: ["\u001b]0;pwned\u0007"], error: "UnknownCareerError", message: /^Unknown career or occupation "\\u001b\]0;pwned\\u0007"$/ },
  { name: "an id with a C1 control", fn: "careerSteps", args: ["x\u009b31m"], error: "UnknownCareerError", message: /"x\\u009b31m"/ },
] as const satisfies readonly ApiCase[];

export interface ValidationCase {
  readonly name: string;
  readonly record: "Occupation" | "Career";
  /** Where to put `value` in a valid record (29-2072, or the insurance-coder guide). */
  readonly set: readonly (string | number)[];
  readonly value: unknown;
  /** The issue that must be reported. */
  readonly issue: { readonly path: readonly (string | number)[]; readonly code: string };
  readonly message: RegExp;
}

/** One bad field in an otherwise valid record, through validateOccupation / validateCareer. */
export const validationCases = [
  { name: "code without the hyphen", record: "Occupation", set: ["code"], value: "292072", issue: { path: ["code"], code: "invalid_format" }, message: /must look like 29-2072/ },
  { name: "empty title", record: "Occupation", set: ["title"], value: "", issue: { path: ["title"], code: "too_small" }, message: /must not be empty/ },
  { name: "title of spaces", record: "Occupation", set: ["title"], value: "   ", issue: { path: ["title"], code: "too_small" }, message: /must not be empty/ },
  { name: "slug with capitals", record: "Occupation", set: ["slug"], value: "Medical-Records", issue: { path: ["slug"], code: "invalid_format" }, message: /lower-case words joined by hyphens/ },
  { name: "unknown kind", record: "Occupation", set: ["kind"], value: "detail", issue: { path: ["kind"], code: "invalid_value" }, message: /expected one of "detailed"\|"aggregate"/ },
  { name: "figure as a string", record: "Occupation", set: ["projections", "openings"], value: "14.2", issue: { path: ["projections", "openings"], code: "invalid_union" }, message: /Invalid input/ },
  { name: "suppressed value without its marker", record: "Occupation", set: ["projections", "openings"], value: { kind: "suppressed" }, issue: { path: ["projections", "openings"], code: "invalid_union" }, message: /Invalid input/ },
  { name: "NaN wage", record: "Occupation", set: ["wages", "may2024", "annual", "median"], value: Number.NaN, issue: { path: ["wages", "may2024", "annual", "median"], code: "invalid_union" }, message: /Invalid input/ },
  { name: "Job Zone 6", record: "Occupation", set: ["onet", "jobZone"], value: 6, issue: { path: ["onet", "jobZone"], code: "too_big" }, message: /<=5/ },
  { name: "skill vector too short", record: "Occupation", set: ["onet", "skills"], value: [1, 2, 3], issue: { path: ["onet", "skills"], code: "too_small" }, message: /35/ },
  { name: "RIASEC code with other letters", record: "Occupation", set: ["onet", "topInterests"], value: "XYZ", issue: { path: ["onet", "topInterests"], code: "invalid_format" }, message: /Invalid string/ },
  { name: "related occupation rank 0", record: "Occupation", set: ["onet", "related", 0, "rank"], value: 0, issue: { path: ["onet", "related", 0, "rank"], code: "too_small" }, message: />0/ },
  { name: "unknown key in an occupation", record: "Occupation", set: ["tittle"], value: "x", issue: { path: ["tittle"], code: "unrecognized_keys" }, message: /^Unknown key "tittle": unknown keys are rejected$/ },
  { name: "career id with spaces", record: "Career", set: ["id"], value: "Insurance Coder", issue: { path: ["id"], code: "invalid_format" }, message: /lower-case words joined by hyphens/ },
  { name: "no occupations", record: "Career", set: ["occupations"], value: [], issue: { path: ["occupations"], code: "too_small" }, message: />=1/ },
  { name: "unknown step kind", record: "Career", set: ["steps", 0, "kind"], value: "school", issue: { path: ["steps", 0, "kind"], code: "invalid_value" }, message: /Invalid option/ },
  { name: "duration whose max is below its min", record: "Career", set: ["steps", 1, "duration"], value: { min: 3, max: 1, unit: "years" }, issue: { path: ["steps", 1, "duration", "max"], code: "custom" }, message: /^min must not exceed max$/ },
  { name: "negative duration", record: "Career", set: ["steps", 1, "duration", "min"], value: -1, issue: { path: ["steps", 1, "duration", "min"], code: "too_small" }, message: />=0/ },
  { name: "unknown certification status", record: "Career", set: ["quickFacts", "certification", "status"], value: "maybe", issue: { path: ["quickFacts", "certification", "status"], code: "invalid_value" }, message: /Invalid option/ },
  { name: "unknown link relation", record: "Career", set: ["related", 0, "relation"], value: "cousin", issue: { path: ["related", 0, "relation"], code: "invalid_value" }, message: /Invalid option/ },
  { name: "summary over 2,000 characters", record: "Career", set: ["summary"], value: "word ".repeat(500), issue: { path: ["summary"], code: "too_big" }, message: /<=2000/ },
  { name: "historical figure of an unknown kind", record: "Career", set: ["historicalFigures", 0, "figure", "kind"], value: "estimate", issue: { path: ["historicalFigures", 0, "figure", "kind"], code: "invalid_union" }, message: /Invalid discriminator value\. Expected 'value' \| 'suppressed' \| 'top-coded'/ },
  { name: "no sources", record: "Career", set: ["sources"], value: [], issue: { path: ["sources"], code: "too_small" }, message: />=1/ },
  { name: "a title of zero-width characters", record: "Occupation", set: ["title"], value: "\u200b\u200c\u200d", issue: { path: ["title"], code: "invalid_format" }, message: /must contain a visible character/ },
  { name: "a career title of a soft hyphen and a BOM", record: "Career", set: ["title"], value: "\u00ad\ufeff", issue: { path: ["title"], code: "invalid_format" }, message: /must contain a visible character/ },
  { name: "an alias of word joiners", record: "Career", set: ["aliases", 0], value: "\u2060\u2060", issue: { path: ["aliases", 0], code: "invalid_format" }, message: /must contain a visible character/ },
] as const satisfies readonly ValidationCase[];

export interface CliCase {
  readonly name: string;
  readonly argv: readonly string[];
  /** The `name` in the --json error object. */
  readonly error: ErrorName;
  /** Matches the one line on stderr, after "careerpath: ". */
  readonly message: RegExp;
}

/** The `careerpath` command line: one line on stderr, exit code 2, for each. */
export const cliCases = [
  { name: "no arguments", argv: [], error: "UsageError", message: /^no command given; try: careerpath --help$/ },
  { name: "misspelt command", argv: ["shwo", "insurance-coder"], error: "UsageError", message: /^unknown command "shwo"/ },
  { name: "show without an id", argv: ["show"], error: "UsageError", message: /^expected one argument: careerpath show/ },
  { name: "show with two ids", argv: ["show", "insurance-coder", "29-2072"], error: "UsageError", message: /^expected one argument/ },
  { name: "show an id with a typo", argv: ["show", "insurance-codr"], error: "UnknownCareerError", message: /did you mean "insurance-coder"/ },
  { name: "show an unknown code", argv: ["show", "29-2079"], error: "UnknownOccupationError", message: /^Unknown occupation code "29-2079"/ },
  { name: "show an id with a line break", argv: ["show", "insurance\ncoder"], error: "UnknownCareerError", message: /^Unknown career or occupation "insurance\\ncoder"; did you mean "insurance-coder"\?$/ },
  { name: "show a 10,000-character id", argv: ["show", "z".repeat(10_000)], error: "UnknownCareerError", message: /^Unknown career or occupation "z{57}\.\.\."$/ },
  { name: "show __proto__", argv: ["show", "__proto__"], error: "UnknownCareerError", message: /"__proto__"/ },
  { name: "unknown flag", argv: ["show", "insurance-coder", "--bogus"], error: "UsageError", message: /^unknown option "--bogus" for "show"; options: --json, --help, --version$/ },
  { name: "value given to a boolean flag", argv: ["next", "insurance-coder", "--skip-optional=yes"], error: "UsageError", message: /^option --skip-optional takes no value$/ },
  { name: "next without an id", argv: ["next"], error: "UsageError", message: /^expected one argument: careerpath next/ },
  { name: "--done without a value", argv: ["next", "insurance-coder", "--done"], error: "UsageError", message: /^option --done needs a value <steps>$/ },
  { name: "--done with a typo", argv: ["next", "insurance-coder", "--done", "hig-school"], error: "UnknownStepError", message: /did you mean "high-school"/ },
  { name: "--done 0", argv: ["next", "insurance-coder", "--done", "0"], error: "UnknownStepError", message: /"0"/ },
  { name: "--done past the end", argv: ["next", "insurance-coder", "--done", "1,2,3,4,5,6"], error: "UnknownStepError", message: /"6"/ },
  { name: "next for an unknown code", argv: ["next", "00-0000"], error: "UnknownOccupationError", message: /"00-0000"/ },
  { name: "compare with one side", argv: ["compare", "insurance-coder"], error: "UsageError", message: /^expected 2 arguments: careerpath compare/ },
  { name: "compare with an unknown side", argv: ["compare", "insurance-coder", "astronaut"], error: "UnknownCareerError", message: /"astronaut"/ },
  { name: "search without text", argv: ["search"], error: "UsageError", message: /^expected search text/ },
  { name: "search --limit 0", argv: ["search", "nurse", "--limit", "0"], error: "UsageError", message: /^option --limit expects a whole number from 1 to 100, got "0"$/ },
  { name: "search --limit abc", argv: ["search", "nurse", "--limit", "abc"], error: "UsageError", message: /got "abc"$/ },
  { name: "search --limit 1e9", argv: ["search", "nurse", "--limit", "1e9"], error: "UsageError", message: /got "1e9"$/ },
  { name: "search --limit 2.5", argv: ["search", "nurse", "--limit", "2.5"], error: "UsageError", message: /got "2\.5"$/ },
  { name: "search --limit -3", argv: ["search", "nurse", "--limit", "-3"], error: "UsageError", message: /got "-3"$/ },
  { name: "search with empty text", argv: ["search", ""], error: "UsageError", message: /^expected search text/ },
  { name: "search with only zero-width text", argv: ["search", "\u200b \u00ad"], error: "UsageError", message: /^expected search text/ },
  { name: "-v", argv: ["-v"], error: "UsageError", message: /^unknown option "-v"; options: --json, --help, --version, -h/ },
  { name: "a command made of escape sequences", argv: ["\u001b]0;pwned\u0007"], error: "UsageError", message: /^unknown command "\\u001b\]0;pwned\\u0007"/ },
  { name: "an unknown option with control characters", argv: ["search", "nurse", "--x\u001b[31m"], error: "UsageError", message: /^unknown option "--x\\u001b\[31m" for "search"/ },
  { name: "an id with a BEL", argv: ["show", "coder\u0007"], error: "UnknownCareerError", message: /"coder\\u0007"/ },
] as const satisfies readonly CliCase[];

/** A change to one official file, made to a temporary copy of test/fixtures/official. */
export type ImporterFault =
  | { readonly kind: "delete" }
  | { readonly kind: "empty" }
  | { readonly kind: "truncate"; readonly keep: number }
  | { readonly kind: "cutLastLine" }
  | { readonly kind: "replace"; readonly from: string; readonly to: string }
  | { readonly kind: "appendToLine"; readonly line: number; readonly text: string }
  | { readonly kind: "duplicateLine"; readonly line: number }
  | { readonly kind: "latin1"; readonly line: number };

export interface ImporterCase {
  readonly name: string;
  /** The file, relative to the input folder. */
  readonly file: string;
  readonly fault: ImporterFault;
  /** Must match one of the ImportError's problems; names file, row and column where they apply. */
  readonly message: RegExp;
}

const EP = "bls-ep-2024-34/ep_2024-34_table_1.2_occupational_projections_and_worker_characteristics.csv";
const OEWS = "oews-2024/national_M2024_dl.csv";
const SOC = "soc-2018/soc_structure_2018.csv";
const ONET = "onet-30.1/Occupation Data.txt";
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The importer (scripts/official), run on broken copies of the fixtures. */
export const importerCases = [
  { name: "a missing file", file: OEWS, fault: { kind: "delete" }, message: new RegExp(`^${esc(OEWS)}: file is missing`) },
  { name: "an empty file", file: OEWS, fault: { kind: "empty" }, message: new RegExp(`^${esc(OEWS)}, row 1: file is empty`) },
  { name: "a CSV truncated inside a quoted field", file: EP, fault: { kind: "truncate", keep: 0.6 }, message: new RegExp(`^${esc(EP)}, row \\d+(, column "[^"]+")?: a quoted field that starts here is never closed \\(a stray quote, or is the file truncated\\?\\)$`) },
  { name: "a TSV cut off mid-line", file: ONET, fault: { kind: "cutLastLine" }, message: new RegExp(`^${esc(ONET)}, row \\d+(, column "[^"]+")?: .*truncated`) },
  { name: "a renamed CSV header", file: OEWS, fault: { kind: "replace", from: "OCC_CODE", to: "OCC_CD" }, message: new RegExp(`^${esc(OEWS)}, row 1, column "9": header "OCC_CD" differs from the expected "OCC_CODE"$`) },
  { name: "a renamed TSV header", file: ONET, fault: { kind: "replace", from: "Title", to: "Name" }, message: new RegExp(`^${esc(ONET)}, row 1, column "2": header "Name" differs from the expected "Title"$`) },
  { name: "an extra header column", file: OEWS, fault: { kind: "appendToLine", line: 1, text: ",EXTRA" }, message: new RegExp(`^${esc(OEWS)}, row 1, column "33": unexpected extra column "EXTRA"`) },
  { name: "an extra cell in a data row", file: OEWS, fault: { kind: "appendToLine", line: 3, text: ",surplus" }, message: new RegExp(`^${esc(OEWS)}, row 3, column "33": row has 33 cells, expected 32$`) },
  { name: "a duplicate occupation code (EP)", file: EP, fault: { kind: "duplicateLine", line: 4 }, message: new RegExp(`^${esc(EP)}, row 5, column "2024 National Employment Matrix code": duplicate code \\d{2}-\\d{4} \\(first on row 4\\)$`) },
  { name: "a duplicate occupation code (OEWS)", file: OEWS, fault: { kind: "duplicateLine", line: 3 }, message: new RegExp(`^${esc(OEWS)}, row 4, column "OCC_CODE": duplicate code \\d{2}-\\d{4} \\(first on row 3`) },
  { name: "a non-numeric EP figure", file: EP, fault: { kind: "replace", from: ",309.4,", to: ",n/a," }, message: new RegExp(`^${esc(EP)}, row 4, column "Employment, 2024": expected a number or "—", got "n/a"$`) },
  { name: "a non-numeric OEWS wage", file: OEWS, fault: { kind: "replace", from: ",262930,", to: ",abc," }, message: new RegExp(`^${esc(OEWS)}, row 3, column "A_MEAN": expected a number .*got "abc"$`) },
  { name: "a malformed occupation code", file: EP, fault: { kind: "replace", from: ",11-1011,", to: ",11-10X1," }, message: new RegExp(`^${esc(EP)}, row 4, column "2024 National Employment Matrix code": expected a code like 29-2072, got "11-10X1"$`) },
  { name: "Latin-1 bytes", file: SOC, fault: { kind: "latin1", line: 6 }, message: new RegExp(`^${esc(SOC)}, row 6: is not valid UTF-8`) },
  { name: "a negative annual wage", file: OEWS, fault: { kind: "replace", from: ",262930,", to: ",-262930," }, message: new RegExp(`^${esc(OEWS)}, row 3, column "A_MEAN": -262930 is out of range: it must be at least 0$`) },
  { name: "a negative hourly median", file: OEWS, fault: { kind: "replace", from: ",99.24,", to: ",-99.24," }, message: new RegExp(`^${esc(OEWS)}, row 3, column "H_MEDIAN": -99.24 is out of range`) },
  { name: "percentiles that fall", file: OEWS, fault: { kind: "replace", from: ",73710,126080,", to: ",73710,26080," }, message: new RegExp(`^${esc(OEWS)}, row 3, column "A_PCT25": 26080 is below A_PCT10 73710: percentiles must not fall$`) },
  { name: "a self-employed share over 100", file: EP, fault: { kind: "replace", from: ",3.1,5.8,", to: ",3.1,105.8," }, message: new RegExp(`^${esc(EP)}, row 2, column "Percent self employed, 2024": 105.8 is out of range: it must be from 0 to 100$`) },
  { name: "negative employment", file: EP, fault: { kind: "replace", from: ",309.4,", to: ",-309.4," }, message: new RegExp(`^${esc(EP)}, row 4, column "Employment, 2024": -309.4 is out of range: it must be at least 0$`) },
  { name: "a 400-digit figure", file: OEWS, fault: { kind: "replace", from: ",262930,", to: `,${"9".repeat(400)},` }, message: new RegExp(`^${esc(OEWS)}, row 3, column "A_MEAN": "9{37}\\.\\.\\." has more digits than a figure can hold exactly \\(at most 15\\)$`) },
  { name: "a stray quote on row 4", file: OEWS, fault: { kind: "replace", from: ",Buyers", to: ',"Buyers' }, message: new RegExp(`^${esc(OEWS)}, row 4, column "OCC_TITLE": a quoted field that starts here is never closed`) },
  { name: "a U+FEFF inside a header name", file: OEWS, fault: { kind: "replace", from: "OCC_TITLE", to: "OCC\ufeffTITLE" }, message: new RegExp(`^${esc(OEWS)}, row 1, column "10": header "OCC\\\\ufeffTITLE" differs from the expected "OCC_TITLE"$`) },
] as const satisfies readonly ImporterCase[];
