// Drives the career explorer in headless Chromium (not part of vitest; run after `npm run docs`):
//   npx tsx test/browser/check-explorer.ts
// Serves docs-site/explorer/ on 127.0.0.1, types a query, picks a result, opens a comparison,
// runs an interest match and opens moves, asserting on what the page shows; then goes offline
// and searches again. Fails on any console error, page error or failed request. Prints the time
// to interactive and the bundle's gzip size; saves screenshots under .screenshots/.
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "playwright-core";
import { ARGS, CHROMIUM, type Served, serveFolder } from "./site.js";

const ROOT = resolve(import.meta.dirname, "..", "..");
const SITE = join(ROOT, "docs-site", "explorer");
const SHOTS = join(ROOT, ".screenshots");

const problems: string[] = [];
const expectThat = (ok: boolean, message: string) => {
  if (!ok) problems.push(message);
};

/** Milliseconds from navigation until the explorer marks itself ready; used by the bench too. */
export async function timeToInteractive(origin: string, page: Page): Promise<number> {
  const started = Date.now();
  await page.goto(`${origin}/index.html`);
  await page.waitForSelector("body[data-ready='true']");
  return Date.now() - started;
}

/** Serves a built explorer folder (docs-site/explorer/ by default) on a random local port. */
export function serveExplorer(dir = SITE): Promise<Served> {
  return serveFolder(dir);
}

async function main(): Promise<number> {
  mkdirSync(SHOTS, { recursive: true });
  const gzip = gzipSync(readFileSync(join(SITE, "explorer.js")), { level: 9 }).length;
  const { origin, close } = await serveExplorer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console error: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
    const tti = await timeToInteractive(origin, page);

    // Search as you type, by keyboard: type, arrow down to the first result, Enter.
    await page.getByLabel("Search careers and occupations").fill("nursing assistant");
    await page.waitForSelector("#results button");
    const labels = await page.locator("#results button").allTextContents();
    expectThat(
      labels.some((l) => /Nursing assistants \(31-1131\)/.test(l)),
      `hits: ${labels.join(" | ")}`,
    );
    // Keyboard: arrow down into the list, then focus the nursing assistants result and press Enter.
    await page.getByLabel("Search careers and occupations").press("ArrowDown");
    await page.locator("#results button", { hasText: "31-1131" }).first().focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector("#guide:not([hidden]) #steps li");
    const title = await page.locator("#guide-title").textContent();
    expectThat(title === "Nursing assistants", `guide title is ${title}`);
    const steps = await page.locator("#steps li").count();
    expectThat(steps >= 3, `guide shows ${steps} steps`);
    const req = (await page.locator("#requirements").textContent()) ?? "";
    expectThat(/Licences, exams and checks: /.test(req), `requirements shown: ${req}`);
    await page.screenshot({ path: join(SHOTS, "explorer-guide-390.png"), fullPage: false });

    // Compare with registered nurses.
    await page.getByLabel("Second career to compare").fill("registered nurse");
    await page.locator("#results2 button", { hasText: "29-1141" }).first().click();
    await page.waitForSelector("#comparison table");
    const cmp = (await page.locator("#comparison").textContent()) ?? "";
    expectThat(
      /Registered nurses/.test(cmp) && /Median annual wage, May 2025/.test(cmp),
      "comparison shows both sides and wages",
    );

    // Moves from nursing assistants.
    await page.getByRole("button", { name: "Show moves from this occupation" }).click();
    await page.waitForSelector("#moves table");
    const moves = (await page.locator("#moves").textContent()) ?? "";
    expectThat(/29-2061/.test(moves) && /29-1141/.test(moves), "moves include 29-2061 and 29-1141");
    expectThat(/NCLEX-RN/.test(moves), "moves show the licence exams a target adds");
    await page.locator("#moves").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "explorer-moves-390.png") });

    // Offline from here on: the match runs from the loaded bundle alone.
    await context.setOffline(true);
    await page.getByLabel(/Your RIASEC code/).fill("SIC");
    await page.getByLabel("Highest education you are ready for").selectOption("Associate's degree");
    await page.getByLabel(/Lowest median annual wage/).fill("45000");
    await page.getByRole("button", { name: "Match" }).click();
    await page.waitForSelector("#match-results table");
    const rows = await page.locator("#match-results tbody tr").allTextContents();
    expectThat(rows.length === 10, `match shows ${rows.length} rows`);
    expectThat(/Hearing aid specialists/.test(rows[0] ?? ""), `first match: ${rows[0]}`);
    expectThat(!rows.some((r) => /Bachelor's degree/.test(r)), "no match above the ceiling");
    await page.locator("#match-results").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "explorer-match-390.png") });
    await page.getByLabel("Search careers and occupations").fill("dental hygienist");
    await page.waitForSelector("#results button");
    expectThat((await page.locator("#results button").count()) > 0, "search works offline");
    // A bad code is shown in the page, not thrown.
    await page.getByLabel(/Your RIASEC code/).fill("XYZ");
    await page.getByRole("button", { name: "Match" }).click();
    await page.waitForSelector("#match-results .error");
    const width = await page.evaluate("document.documentElement.scrollWidth");
    expectThat(width === 390, `page is ${width} px wide at a 390 px viewport`);

    process.stdout.write(
      `check-explorer: time to interactive ${tti} ms, bundle ${gzip.toLocaleString("en-US")} B gzip, screenshots in .screenshots/\n`,
    );
  } finally {
    await browser.close();
    await close();
  }
  for (const p of problems) process.stderr.write(`check-explorer: ${p}\n`);
  return problems.length === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = await main();
}
