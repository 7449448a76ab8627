// The index of all occupations: one sortable table (a tiny inline script sorts it on a header
// click; without script it is still a plain table in code order).

import { occupationCodes } from "../../src/generated/ids.js";
import { getOccupation } from "../../src/get-occupation.js";
import { careerForCode } from "../../src/internal/data.js";
import { formatFigure, numeric, toFigure } from "../../src/internal/values.js";
import { educationCategories } from "../../src/vocabulary.js";
import { esc } from "./html.js";

const SORT_SCRIPT = `<script>
(() => {
  const table = document.getElementById("cp-occupations");
  if (!table) return;
  const body = table.tBodies[0];
  table.querySelectorAll("th[data-type]").forEach((th, column) => {
    th.setAttribute("tabindex", "0");
    th.setAttribute("role", "button");
    const sort = () => {
      const ascending = th.getAttribute("aria-sort") !== "ascending";
      table.querySelectorAll("th").forEach((h) => h.removeAttribute("aria-sort"));
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const numeric = th.dataset.type === "number";
      const key = (row) => {
        const cell = row.cells[column];
        const raw = cell.dataset.value ?? cell.textContent.trim();
        return numeric ? (raw === "" ? Number.NEGATIVE_INFINITY : Number(raw)) : raw.toLowerCase();
      };
      const rows = Array.from(body.rows);
      rows.sort((a, b) => {
        const x = key(a);
        const y = key(b);
        return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
      });
      body.append(...rows);
    };
    th.addEventListener("click", sort);
    th.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        sort();
      }
    });
  });
})();
</script>`;

/** The Markdown page listing every occupation. `pages` holds the career ids that have a page. */
export function occupationsPage(pages: ReadonlySet<string>): string {
  const rows: string[] = [];
  for (const code of occupationCodes) {
    const o = getOccupation(code);
    const w = o.wages.may2024;
    const median = w ? w.annual.median : undefined;
    const medianNumber = numeric(median);
    const medianText =
      w && median !== undefined
        ? formatFigure(toFigure(median, "USD per year", w.period, w.source))
        : "no estimate";
    const topValue =
      typeof median === "object" && median.kind === "top-coded" ? median.atLeast : undefined;
    const growth = numeric(o.projections.percentChange);
    const openings = numeric(o.projections.openings);
    const employment = numeric(o.projections.employmentBase);
    const guide = careerForCode(code);
    const guideCell = guide && pages.has(guide) ? `<a href="./careers/${guide}.md">guide</a>` : "";
    rows.push(
      `<tr id="occ-${code}"><td>${code}</td><td>${esc(o.title)}</td>` +
        `<td data-value="${employment ?? ""}">${employment === undefined ? "—" : formatFigure({ kind: "value", unit: "jobs", value: Math.round(employment * 1000) })}</td>` +
        `<td data-value="${medianNumber ?? topValue ?? ""}">${esc(medianText)}</td>` +
        `<td data-value="${growth ?? ""}">${growth === undefined ? "—" : esc(formatFigure({ kind: "value", unit: "percent", value: growth }))}</td>` +
        `<td data-value="${openings ?? ""}">${openings === undefined ? "—" : formatFigure({ kind: "value", unit: "jobs", value: Math.round(openings * 1000) })}</td>` +
        `<td data-value="${educationCategories.indexOf(o.categories.education)}">${esc(o.categories.education)}</td>` +
        `<td>${guideCell}</td></tr>`,
    );
  }
  return [
    "---",
    'title: "All occupations"',
    "group: Career guides",
    "---",
    "",
    "# All occupations",
    "",
    `Every line item of the BLS National Employment Matrix: ${occupationCodes.length} occupations. Employment is for 2024 and growth for 2024–34 (BLS Employment Projections, bls-ep-2024-34); the median is the annual wage for May 2024 (BLS OEWS, bls-oews-2024), "≥" marks a top-coded value. Click a column heading to sort. Every code works with {@link careerpath!getOccupation}, {@link careerpath!careerSteps} and {@link careerpath!toJsonLd}.`,
    "",
    '<table id="cp-occupations" class="cp-sortable">',
    '<thead><tr><th data-type="text">Code</th><th data-type="text">Occupation</th><th data-type="number">Employment, 2024</th><th data-type="number">Median annual wage, May 2024</th><th data-type="number">Growth, 2024–34</th><th data-type="number">Openings a year</th><th data-type="number">Typical entry education</th><th>Guide</th></tr></thead>',
    "<tbody>",
    ...rows,
    "</tbody>",
    "</table>",
    "",
    SORT_SCRIPT,
    "",
  ].join("\n");
}
