import type { Figure, FigureUnit, OfficialValue } from "../schemas/figure.js";

/** The number inside an official value, or undefined when it is suppressed or top-coded. */
export function numeric(value: OfficialValue | undefined): number | undefined {
  return typeof value === "number" ? value : undefined;
}

/** Expands a compact official value into a full figure with its provenance. */
export function toFigure(
  value: OfficialValue,
  unit: FigureUnit,
  period: string,
  source: string,
): Figure {
  if (typeof value === "number") return { kind: "value", value, unit, period, source };
  if (value.kind === "top-coded")
    return { kind: "top-coded", atLeast: value.atLeast, unit, period, source };
  return { kind: "suppressed", unit, period, source };
}

function group(n: number, decimals: number): string {
  const [whole, frac] = Math.abs(n).toFixed(decimals).split(".");
  const withCommas = (whole ?? "").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${n < 0 ? "−" : ""}${withCommas}${frac ? `.${frac}` : ""}`;
}

/** Formats a figure for people, e.g. "$50,250", "7.1%", "≥ $239,200", "suppressed". */
export function formatFigure(
  figure: Pick<Figure, "kind" | "unit"> & { value?: number; atLeast?: number },
): string {
  if (figure.kind === "suppressed") return "not published";
  const n = figure.kind === "top-coded" ? (figure.atLeast ?? 0) : (figure.value ?? 0);
  const prefix = figure.kind === "top-coded" ? "≥ " : "";
  switch (figure.unit) {
    case "USD per year":
      return `${prefix}$${group(n, 0)}`;
    case "USD per hour":
      return `${prefix}$${group(n, 2)}/hr`;
    case "percent":
      return `${prefix}${group(n, Number.isInteger(n) ? 0 : 1)}%`;
    case "thousands of jobs":
      return `${prefix}${group(n * 1000, 0)} jobs`;
    case "thousands of openings per year":
      return `${prefix}${group(n * 1000, 0)} a year`;
    default:
      return `${prefix}${group(n, 0)}`;
  }
}
