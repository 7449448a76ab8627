// Checks the built docs site in a real browser (not part of vitest; run after `npm run docs`):
//   npx tsx test/browser/check-docs.ts
// Serves docs-site/ on 127.0.0.1 (random port), crawls every page by following internal links,
// and fails on a broken internal link or anchor, a console error or page error, a failed request,
// or a career page without its steps, its two SVG charts or its JSON-LD. It checks the layout of
// every API function page (summary and example above the fold of a 1280×900 window, page height
// within budget) and that no page is wider than a 390 px phone screen. It also uses the site
// search, sorts the occupations table, and saves screenshots under .screenshots/ (git-ignored).
import { existsSync, mkdirSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { careerSteps } from "../../src/career-steps.js";
import { careerIds } from "../../src/generated/ids.js";
import { getCareer } from "../../src/get-career.js";
import { ARGS, CHROMIUM, serveFolder } from "./site.js";

const ROOT = resolve(import.meta.dirname, "..", "..");
const SITE = join(ROOT, "docs-site");
const SHOTS = join(ROOT, ".screenshots");
const WORKERS = 4;

// The callbacks passed to page.evaluate run in the browser. The project compiles without the DOM
// library, so they describe the few DOM members they use here; the casts vanish at run time.
interface DomElement {
  readonly id: string;
  readonly textContent: string | null;
  readonly href?: string;
  readonly dataset?: Record<string, string | undefined>;
  readonly cells?: ArrayLike<DomElement>;
}
interface DomDocument {
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}
type DomGlobal = { document: DomDocument };

/** A function page fits: summary and example start above the fold, the page stays short. */
const FOLD = 900;
const MAX_FUNCTION_PAGE = 2500;
const PHONE = { width: 390, height: 844 };

const problems: string[] = [];
const fail = (message: string) => problems.push(message);

interface Visit {
  readonly links: string[];
  readonly ids: Set<string>;
}

async function visit(page: Page, url: string): Promise<Visit> {
  const response = await page.goto(url, { waitUntil: "load" });
  if (!response || response.status() >= 400) {
    fail(`${url}: HTTP ${response?.status() ?? "no response"}`);
    return { links: [], ids: new Set() };
  }
  // The sidebar is built by script from navigation data; wait for it before collecting links.
  await page.waitForSelector(".site-menu a, .tsd-navigation a", { timeout: 5000 }).catch(() => {});
  const { links, ids } = await page.evaluate(() => {
    const { document } = globalThis as unknown as DomGlobal;
    return {
      links: Array.from(document.querySelectorAll("a[href]"), (a) => a.href ?? ""),
      ids: Array.from(document.querySelectorAll("[id]"), (e) => e.id),
    };
  });
  return { links, ids: new Set(ids) };
}

async function checkCareerPage(page: Page, url: string): Promise<void> {
  const found = await page.evaluate(() => {
    const { document } = globalThis as unknown as DomGlobal;
    const scripts = Array.from(document.querySelectorAll('script[type="application/ld+json"]'));
    const jsonLd = scripts.map((s) => {
      try {
        return JSON.parse(s.textContent ?? "") as { "@type"?: string; name?: string };
      } catch {
        return { "@type": "unparseable" };
      }
    });
    return {
      wages: document.querySelectorAll('svg.cp-chart[data-chart="wages"]').length,
      growth: document.querySelectorAll('svg.cp-chart[data-chart="growth"]').length,
      median: document.querySelectorAll('svg[data-chart="wages"] .cp-median').length,
      steps: Array.from(document.querySelectorAll('a[id^="step-"]'), (a) => a.id.slice(5)),
      jsonLd,
    };
  });
  const occupation = found.jsonLd.find((x) => x["@type"] === "Occupation");
  const howTo = found.jsonLd.find((x) => x["@type"] === "HowTo");
  const id = careerIds.find((c) => getCareer(c).title === occupation?.name);
  if (!occupation || !howTo)
    fail(`${url}: JSON-LD missing (Occupation: ${!!occupation}, HowTo: ${!!howTo})`);
  if (!id) {
    fail(`${url}: no career matches the JSON-LD name ${JSON.stringify(occupation?.name)}`);
    return;
  }
  if (found.wages !== 1) fail(`${url}: expected 1 wage chart, found ${found.wages}`);
  if (found.growth !== 1) fail(`${url}: expected 1 growth chart, found ${found.growth}`);
  if (found.median < 1) fail(`${url}: the wage chart marks no median`);
  const expected = careerSteps(id).map((s) => s.id);
  if (found.steps.join(",") !== expected.join(","))
    fail(`${url}: steps ${found.steps.join(",") || "(none)"}, expected ${expected.join(",")}`);
  careerPagesSeen.add(id);
}

const careerPagesSeen = new Set<string>();

async function checkSearch(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/index.html`, { waitUntil: "load" });
  await page.click("#tsd-search-trigger");
  await page.fill("#tsd-search-input", "insurance coder");
  const first = await page
    .waitForSelector("#tsd-search-results li a", { timeout: 5000 })
    .catch(() => undefined);
  if (!first) {
    fail('site search: no results for "insurance coder"');
    return;
  }
  const hits = await page.$$eval("#tsd-search-results li a", (as) =>
    (as as unknown as DomElement[]).map((a) => ({ text: a.textContent ?? "", href: a.href ?? "" })),
  );
  const hit = hits.find((h) => /insurance coder/i.test(h.text));
  if (!hit) fail(`site search: "insurance coder" found ${hits.map((h) => h.text).join(" | ")}`);
  else
    console.log(`search "insurance coder": ${hits.length} hit(s), first match ${hit.text.trim()}`);
}

async function checkSorting(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: "load" });
  const column = await page.$$eval("#cp-occupations thead th", (ths) =>
    (ths as unknown as DomElement[]).findIndex((th) =>
      th.textContent?.startsWith("Median annual wage"),
    ),
  );
  if (column < 0) {
    fail(`${url}: no wage column in the occupations table`);
    return;
  }
  const header = page.locator("#cp-occupations thead th").nth(column);
  await header.click();
  await header.click(); // descending: highest wage first
  const values = await page.$$eval(
    "#cp-occupations tbody tr",
    (rows, i) =>
      (rows as unknown as DomElement[]).map((r) => Number(r.cells?.[i]?.dataset?.value || "NaN")),
    column,
  );
  const numbers = values.filter((v) => !Number.isNaN(v));
  const sorted = [...numbers].sort((a, b) => b - a);
  if (values.length !== 832) fail(`${url}: ${values.length} occupation rows, expected 832`);
  if (numbers.join(",") !== sorted.join(",")) fail(`${url}: sorting by wage did not sort the rows`);
}

interface Layout {
  readonly height: number;
  readonly summary: number;
  readonly example: number;
  readonly width: number;
}

/** Where the summary and the example start, and how tall and wide the page is, in px. */
async function layout(page: Page, url: string): Promise<Layout> {
  await page.goto(url, { waitUntil: "load" });
  return page.evaluate(() => {
    const { document } = globalThis as unknown as {
      document: {
        documentElement: { scrollHeight: number; scrollWidth: number };
        querySelector(s: string): { getBoundingClientRect(): { top: number } } | null;
      };
    };
    // No named helpers in here: the callback runs in the page, without the bundler's helpers.
    const [summary, example] = [
      ".tsd-signatures .tsd-description > .tsd-comment p",
      ".tsd-signatures .tsd-tag-example",
    ].map((s) => Math.round(document.querySelector(s)?.getBoundingClientRect().top ?? -1));
    return {
      height: document.documentElement.scrollHeight,
      summary: summary ?? -1,
      example: example ?? -1,
      width: document.documentElement.scrollWidth,
    };
  });
}

/** Every function page: summary and example above the fold, height within budget. */
async function checkFunctionPages(page: Page, urls: readonly string[]): Promise<void> {
  let tallest = 0;
  let lowestExample = 0;
  for (const url of urls) {
    const at = new URL(url).pathname;
    const l = await layout(page, url);
    tallest = Math.max(tallest, l.height);
    lowestExample = Math.max(lowestExample, l.example);
    if (l.summary < 0 || l.summary >= FOLD) fail(`${at}: summary starts at ${l.summary} px`);
    if (l.example < 0 || l.example >= FOLD)
      fail(`${at}: example starts at ${l.example} px (fold at ${FOLD} px)`);
    if (l.height > MAX_FUNCTION_PAGE)
      fail(`${at}: page is ${l.height} px tall (budget ${MAX_FUNCTION_PAGE} px)`);
  }
  console.log(
    `function pages: ${urls.length}, tallest ${tallest} px, lowest example at ${lowestExample} px`,
  );
  if (urls.length === 0) fail("no API function pages found");
}

/** No page scrolls sideways on a phone: wide tables and code scroll inside their own box. */
async function checkPhoneWidth(page: Page, urls: readonly string[]): Promise<void> {
  let widest = 0;
  for (const url of urls) {
    await page.goto(url, { waitUntil: "load" });
    const width = await page.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } })
          .document.documentElement.scrollWidth,
    );
    widest = Math.max(widest, width);
    if (width > PHONE.width)
      fail(`${new URL(url).pathname}: ${width} px wide at a ${PHONE.width} px viewport`);
  }
  console.log(`${PHONE.width} px viewport: ${urls.length} pages, widest ${widest} px`);
}

async function main(): Promise<number> {
  if (!existsSync(join(SITE, "index.html"))) {
    console.error("check-docs: docs-site/index.html is missing; run `npm run docs` first");
    return 1;
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`check-docs: no browser at ${CHROMIUM}; install it: apt-get install -y chromium`);
    return 1;
  }
  const started = performance.now();
  const { origin, close } = await serveFolder(SITE);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    const launched = performance.now();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const pending: Promise<unknown>[] = [];
    const watch = (page: Page, where: () => string) => {
      page.on("console", (msg) => {
        if (msg.type() === "error") fail(`${where()}: console error: ${msg.text()}`);
      });
      page.on("pageerror", (error) => fail(`${where()}: page error: ${error.message}`));
      page.on("requestfailed", (req) => {
        if (!req.url().startsWith(origin)) return;
        const at = where();
        // Moving on to the next page aborts requests still in flight (the favicon, typically).
        // An aborted request is only a problem if the resource itself is broken, so fetch it.
        if (req.failure()?.errorText === "net::ERR_ABORTED") {
          pending.push(
            fetch(req.url()).then(
              (res) => {
                if (res.status >= 400) fail(`${at}: HTTP ${res.status} for ${req.url()}`);
              },
              (error: unknown) => fail(`${at}: request failed: ${req.url()} (${String(error)})`),
            ),
          );
          return;
        }
        fail(`${at}: request failed: ${req.url()}`);
      });
      page.on("response", (res) => {
        if (res.url().startsWith(origin) && res.status() >= 400)
          fail(`${where()}: HTTP ${res.status()} for ${res.url()}`);
      });
    };

    const queue = [`${origin}/index.html`];
    const seen = new Set(queue);
    const anchors: { from: string; page: string; id: string }[] = [];
    const idsByPage = new Map<string, Set<string>>();
    let occupationsPage: string | undefined;
    const worker = async () => {
      const page = await context.newPage();
      let current = "";
      watch(page, () => current);
      for (;;) {
        const url = queue.shift();
        if (url === undefined) {
          // Another worker may still add pages; wait briefly before giving up.
          await new Promise((r) => setTimeout(r, 100));
          if (queue.length === 0 && busy === 0) break;
          continue;
        }
        busy++;
        current = url.slice(origin.length);
        const { links, ids } = await visit(page, url);
        idsByPage.set(url, ids);
        if (await page.$('svg.cp-chart, a[id^="step-"]')) await checkCareerPage(page, current);
        if (await page.$("#cp-occupations")) occupationsPage = url;
        for (const link of links) {
          if (!link.startsWith(`${origin}/`)) continue;
          const target = new URL(link);
          const hash = decodeURIComponent(target.hash.slice(1));
          target.hash = "";
          const href = target.href;
          if (hash) anchors.push({ from: current, page: href, id: hash });
          if (seen.has(href)) continue;
          seen.add(href);
          if (extname(target.pathname) === ".html") queue.push(href);
          else {
            const res = await fetch(href);
            if (res.status >= 400) fail(`${current}: broken link ${href} (HTTP ${res.status})`);
          }
        }
        busy--;
      }
      await page.close();
    };
    let busy = 0;
    await Promise.all(Array.from({ length: WORKERS }, worker));
    const page = await context.newPage();
    let current = "";
    watch(page, () => current);
    const crawled = performance.now();
    await Promise.all(pending);
    for (const a of anchors) {
      const ids = idsByPage.get(a.page);
      if (ids && !ids.has(a.id))
        fail(`${a.from}: link to ${a.page.slice(origin.length)}#${a.id}, which has no such anchor`);
    }
    for (const id of careerIds)
      if (!careerPagesSeen.has(id)) fail(`no career page found for ${id}`);

    current = "search";
    await checkSearch(page, origin);
    if (occupationsPage) {
      current = occupationsPage.slice(origin.length);
      await checkSorting(page, occupationsPage);
    } else fail("no page with the occupations table");

    const html = [...seen].filter((u) => extname(new URL(u).pathname) === ".html").sort();
    current = "function pages";
    await checkFunctionPages(
      page,
      html.filter((u) => new URL(u).pathname.startsWith("/functions/")),
    );
    const phone = await browser.newContext({ viewport: PHONE });
    const phonePage = await phone.newPage();
    current = "390 px";
    watch(phonePage, () => current);
    await checkPhoneWidth(phonePage, html);

    mkdirSync(SHOTS, { recursive: true });
    current = "screenshots";
    for (const [name, path] of [
      ["api-nextStep-390.png", "/functions/careerpath.nextStep.html"],
      ["occupations-390.png", "/documents/Career_guides.All_occupations.html"],
    ] as const) {
      await phonePage.goto(`${origin}${path}`, { waitUntil: "load" });
      await phonePage.screenshot({ path: join(SHOTS, name) });
    }
    await phone.close();
    const career = [...seen].find((u) => /Insurance_coder\.html$/.test(u));
    const shots: [string, string, boolean][] = [
      ["index.png", `${origin}/index.html`, false],
      ["api-nextStep.png", `${origin}/functions/careerpath.nextStep.html`, false],
      ["api-compareCareers.png", `${origin}/functions/careerpath.compareCareers.html`, false],
      ["api-getCareer.png", `${origin}/functions/careerpath.getCareer.html`, false],
      ["career-insurance-coder.png", career ?? `${origin}/index.html`, true],
    ];
    for (const [name, url, fullPage] of shots) {
      await page.goto(url, { waitUntil: "load" });
      await page
        .waitForSelector(".site-menu a, .tsd-navigation a", { timeout: 5000 })
        .catch(() => {});
      await page.screenshot({ path: join(SHOTS, name), fullPage });
    }
    const done = performance.now();
    const pages = [...seen].filter((u) => u.endsWith(".html")).length;
    console.log(
      `check-docs: ${pages} pages, ${anchors.length} anchor links, ${careerPagesSeen.size} career pages; ` +
        `browser start ${Math.round(launched - started)} ms, crawl ${Math.round(crawled - launched)} ms, ` +
        `search/sort/screenshots ${Math.round(done - crawled)} ms, total ${Math.round(done - started)} ms`,
    );
    console.log(`check-docs: screenshots in ${SHOTS}`);
  } finally {
    await browser?.close();
    await close();
  }
  if (problems.length > 0) {
    console.error(`check-docs: ${problems.length} problem(s):`);
    for (const p of [...new Set(problems)]) console.error(`  ${p}`);
    return 1;
  }
  console.log("check-docs: ok");
  return 0;
}

process.exitCode = await main();
