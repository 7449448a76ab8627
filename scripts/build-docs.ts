// Generates the data-driven docs pages into docs/generated/ (git-ignored), for TypeDoc to render
// next to the hand-written guides: a page per curated career, the index of all occupations, the
// data dictionary and the generated-steps table. Output is a pure function of the data: no
// timestamps. Usage: tsx scripts/build-docs.ts   (then: typedoc)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { careerSteps } from "../src/career-steps.js";
import { careerIds } from "../src/generated/ids.js";
import { reference } from "../src/generated/reference.js";
import { getCareer } from "../src/get-career.js";
import { numeric } from "../src/internal/values.js";
import { type Average, careerPage } from "./docs/career-page.js";
import { dataDictionary } from "./docs/data-dictionary.js";
import { md } from "./docs/html.js";
import { occupationsPage } from "./docs/occupations-page.js";
import { stepMapping } from "./docs/step-mapping.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "docs", "generated");

/** Builds every generated page in memory, keyed by path relative to docs/generated. */
export function buildDocs(): Map<string, string> {
  const files = new Map<string, string>();
  const projections = reference?.allOccupations.projections;
  const average: Average = {
    percentChange: projections ? numeric(projections.percentChange) : undefined,
    period: projections?.period ?? "2024–34",
    source: projections?.source ?? "bls-ep-2024-34",
  };
  const pages = new Set<string>(careerIds);
  for (const id of careerIds) {
    const career = getCareer(id);
    files.set(`careers/${id}.md`, careerPage(career, average, pages));
  }
  files.set("occupations.md", occupationsPage(pages));
  const rows = careerIds.map((id) => {
    const c = getCareer(id);
    return `| [${md(c.title)}](./careers/${id}.md) | ${c.occupations.join(", ")} | ${careerSteps(id).length} | ${md(c.quickFacts.education)} |`;
  });
  files.set(
    "career-guides.md",
    [
      "---",
      'title: "Career guides"',
      "children:",
      ...careerIds.map((id) => `  - ./careers/${id}.md`),
      "  - ./occupations.md",
      "---",
      "",
      "# Career guides",
      "",
      `The ${careerIds.length} curated guides, each with its steps, official figures, charts and credentials. Each page is generated from the data in the package (\`getCareer\`, \`officialFigures\`, \`careerSteps\`, \`toJsonLd\`) when the docs are built. For every other occupation, see [All occupations](./occupations.md).`,
      "",
      "| Guide | Occupations (SOC 2018) | Steps | Typical education |",
      "|---|---|---|---|",
      ...rows,
      "",
    ].join("\n"),
  );
  files.set("index.md", siteIndex(readFileSync(join(ROOT, "README.md"), "utf8")));
  files.set("data-folder.md", dataFolder(readFileSync(join(ROOT, "data", "README.md"), "utf8")));
  files.set("include/data-dictionary.md", dataDictionary());
  files.set("include/step-mapping.md", stepMapping());
  return files;
}

/**
 * The site's front page: README.md without its title (the site header already shows the project
 * name) and without the contributor set-up commands that open the README, with links rewritten from the repository root to docs/generated/. The data folder's
 * README becomes a page of its own (data-folder.md), not a raw markdown file.
 */
export function siteIndex(readme: string): string {
  return readme
    .replace(/^# .*\n+(?:```sh\n(?:npm .*\n)+```\n+)?/, "")
    .replaceAll("](data/README.md)", "](./data-folder.md)")
    .replaceAll("](docs/", "](../")
    .replace(/\]\((LICENSE|NOTICE)\)/g, "](../../$1)");
}

/** data/README.md as a docs page, titled, in the Guides group. */
export function dataFolder(readme: string): string {
  return ["---", 'title: "The data folder"', "group: Guides", "---", "", readme].join("\n");
}

function main(): number {
  const started = performance.now();
  const files = buildDocs();
  rmSync(OUT, { recursive: true, force: true });
  for (const [path, content] of files) {
    const full = join(OUT, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  const ms = Math.round(performance.now() - started);
  process.stdout.write(`build-docs: wrote ${files.size} pages to docs/generated (${ms} ms)\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
