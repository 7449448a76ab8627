// The data dictionary, generated from the zod schemas: every field of Occupation and Career with
// its type, unit and the `.describe()` text that also flows into the JSON Schema. A numeric field
// without a unit below fails the docs build, so the dictionary cannot fall behind the schemas.
import * as z from "zod";
import { Career, Occupation } from "../../src/schemas/index.js";
import { md } from "./html.js";

type Json = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, Json>;
  required?: string[];
  items?: Json;
  anyOf?: Json[];
  oneOf?: Json[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  default?: unknown;
};

/** Units of numeric fields, by path; `*` matches one segment. */
const UNITS: readonly (readonly [string, string])[] = [
  ["projections.employmentBase", "thousands of jobs"],
  ["projections.employmentProjected", "thousands of jobs"],
  ["projections.change", "thousands of jobs"],
  ["projections.percentChange", "percent"],
  ["projections.openings", "thousands of openings per year"],
  ["projections.selfEmployedPercent", "percent"],
  ["projections.medianWage", "USD per year"],
  ["wages.*.employment", "jobs"],
  ["wages.*.hourly.*", "USD per hour"],
  ["wages.*.annual.*", "USD per year"],
  ["onet.jobZone", "O*NET Job Zone, 1–5"],
  ["onet.related[].rank", "rank, 1 = closest"],
  ["onet.interests.*", "O*NET interest score, 1–7"],
  ["onet.skills[]", "O*NET importance, 1–5"],
  ["onet.skillLevels[]", "O*NET level, 0–7"],
  ["onet.educationLevels[]", "percent of O*NET respondents per category"],
  ["onet.experienceLevels[]", "percent of O*NET respondents per category"],
  ["onet.trainingLevels[]", "percent of O*NET respondents per category"],
  ["steps[].order", "position, 1 = first"],
  ["steps[].duration.min", "`duration.unit`"],
  ["steps[].duration.max", "`duration.unit`"],
  ["steps[].alternatives[].duration.min", "`duration.unit`"],
  ["steps[].alternatives[].duration.max", "`duration.unit`"],
  ["historicalFigures[].figure.value", "`figure.unit`"],
  ["historicalFigures[].figure.atLeast", "`figure.unit`"],
];

function unitOf(path: string): string | undefined {
  const segments = path.split(".");
  for (const [pattern, unit] of UNITS) {
    const parts = pattern.split(".");
    if (parts.length === segments.length && parts.every((p, i) => p === "*" || p === segments[i]))
      return unit;
  }
  return undefined;
}

function isOfficialValue(s: Json): boolean {
  const options = s.anyOf ?? [];
  return (
    options.length === 3 &&
    options[0]?.type === "number" &&
    options.slice(1).every((o) => o.properties?.kind?.const !== undefined)
  );
}

interface Row {
  readonly path: string;
  readonly type: string;
  readonly unit: string;
  readonly description: string;
  readonly optional: boolean;
}

function scalarType(s: Json): string {
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  if (s.enum)
    return s.enum.length <= 4
      ? s.enum.map((v) => `\`${JSON.stringify(v)}\``).join(" \\| ")
      : `one of ${s.enum.length} names`;
  const type = Array.isArray(s.type) ? s.type.join(" | ") : (s.type ?? "value");
  const range =
    s.minimum !== undefined || s.maximum !== undefined
      ? ` (${s.minimum ?? ""}–${s.maximum ?? ""})`
      : "";
  return `${type === "integer" ? "integer" : type}${range}`;
}

function walk(s: Json, path: string, optional: boolean, rows: Row[], missing: string[]): void {
  let schema = s;
  let nullable = false;
  const description = s.description ?? "";
  if (schema.anyOf && !isOfficialValue(schema)) {
    const nonNull = schema.anyOf.filter((o) => o.type !== "null");
    nullable = nonNull.length < schema.anyOf.length;
    if (nonNull.length === 1) schema = nonNull[0] as Json;
  }
  const desc = description || schema.description || "";
  const push = (type: string, numeric: boolean) => {
    const unit = unitOf(path);
    if (numeric && unit === undefined) missing.push(path);
    rows.push({
      path,
      type: `${type}${nullable ? " or null" : ""}`,
      unit: unit ?? "",
      description: desc,
      optional,
    });
  };
  if (isOfficialValue(schema)) {
    push("official value", true);
    return;
  }
  if (schema.oneOf) {
    push(`one of ${schema.oneOf.length} shapes, by \`kind\``, false);
    const merged: Record<string, Json> = {};
    const required = new Set<string>();
    for (const option of schema.oneOf) {
      for (const [key, value] of Object.entries(option.properties ?? {}))
        merged[key] =
          key === "kind" ? { enum: schema.oneOf.map((o) => o.properties?.kind?.const) } : value;
      for (const key of option.required ?? []) required.add(key);
    }
    for (const [key, value] of Object.entries(merged))
      walk(
        value,
        `${path}.${key}`,
        !schema.oneOf.every((o) => o.required?.includes(key)),
        rows,
        missing,
      );
    return;
  }
  if (schema.type === "array" && schema.items) {
    const item = schema.items;
    if (item.type === "object" && item.properties) {
      push("array of objects", false);
      walkObject(item, `${path}[]`, rows, missing);
    } else {
      const numeric = item.type === "number" || item.type === "integer";
      push(`array of ${scalarType(item)}`, false);
      if (numeric && unitOf(`${path}[]`) === undefined) missing.push(`${path}[]`);
      const last = rows[rows.length - 1] as Row;
      rows[rows.length - 1] = { ...last, unit: unitOf(`${path}[]`) ?? last.unit };
    }
    return;
  }
  if (schema.type === "object" && schema.properties) {
    push("object", false);
    walkObject(schema, path, rows, missing);
    return;
  }
  push(scalarType(schema), schema.type === "number" || schema.type === "integer");
}

function walkObject(s: Json, prefix: string, rows: Row[], missing: string[]): void {
  for (const [key, value] of Object.entries(s.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    walk(
      value,
      path,
      !(s.required ?? []).includes(key) && value.default === undefined,
      rows,
      missing,
    );
  }
}

function table(name: string, schema: z.ZodType, io: "input" | "output"): string {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io }) as Json;
  const rows: Row[] = [];
  const missing: string[] = [];
  walkObject(json, "", rows, missing);
  if (missing.length > 0)
    throw new Error(
      `build-docs: no unit for numeric ${name} field(s) ${missing.join(", ")}; add them to UNITS in scripts/docs/data-dictionary.ts`,
    );
  return [
    "| Field | Type | Unit | Description |",
    "|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| \`${r.path}\`${r.optional ? " (optional)" : ""} | ${r.type} | ${r.unit} | ${md(r.description)} |`,
    ),
  ].join("\n");
}

/** The Markdown tables of the data dictionary, to be included into docs/data-dictionary.md. */
export function dataDictionary(): string {
  return [
    "## Occupation",
    "",
    'One line item of the BLS National Employment Matrix (`getOccupation(code)`). An *official value* is a number, or `{ kind: "suppressed", marker }`, or `{ kind: "top-coded", atLeast, marker }`.',
    "",
    table("Occupation", Occupation, "output"),
    "",
    "## Career",
    "",
    "A curated career guide (`getCareer(id)`), as returned after validation, with defaults applied. Fields marked optional may be absent.",
    "",
    table("Career", Career, "output"),
    "",
  ].join("\n");
}
