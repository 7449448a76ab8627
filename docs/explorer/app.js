// The career explorer: a static page over the package's browser build. Everything it shows is
// computed in the page from the bundled data; after the first load it needs no network.
import {
  careerMoves,
  careerSteps,
  compareCareers,
  entryRequirements,
  getCareer,
  getOccupation,
  isCareerId,
  matchCareers,
  searchCareers,
} from "../../src/index.ts";
import { searchOccupations } from "../../src/search.ts";

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  Object.assign(node, props);
  for (const c of children) node.append(c);
  return node;
};
const money = (n) =>
  n === undefined ? "not published" : `$${Math.round(n).toLocaleString("en-US")}`;

function table(head, rows, caption) {
  const t = el("table");
  if (caption) t.append(el("caption", { textContent: caption }));
  const thead = el("thead");
  thead.append(el("tr", {}, ...head.map((h) => el("th", { scope: "col", textContent: h }))));
  const tbody = el("tbody");
  for (const row of rows)
    tbody.append(el("tr", {}, ...row.map((c) => el("td", { textContent: c }))));
  t.append(thead, tbody);
  return el("div", { className: "scroll" }, t);
}

function hits(text) {
  if (text.trim().length < 2) return [];
  const guides = searchCareers(text, { limit: 5 }).map((h) => ({
    id: h.id,
    label: h.title,
    kind: "guide",
  }));
  const seen = new Set(
    guides.map((g) => (isCareerId(g.id) ? getCareer(g.id).occupations[0] : g.id)),
  );
  const occs = searchOccupations(text, { limit: 8 })
    .filter((h) => !seen.has(h.code))
    .map((h) => ({ id: h.code, label: `${h.title} (${h.code})`, kind: "occupation" }));
  return [...guides, ...occs].slice(0, 10);
}

/** A search box with a result list; `onPick(id)` runs when a result is chosen. */
function searchBox(input, list, onPick) {
  const render = () => {
    list.replaceChildren();
    for (const h of hits(input.value)) {
      const button = el("button", { type: "button", textContent: h.label, className: "hit" });
      button.dataset.id = h.id;
      button.addEventListener("click", () => onPick(h.id, h.label));
      list.append(el("li", {}, button));
    }
    list.hidden = list.childElementCount === 0;
  };
  input.addEventListener("input", render);
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown") list.querySelector("button")?.focus();
  });
}

let current;
function showGuide(id) {
  current = id;
  const view = $("guide");
  view.replaceChildren();
  const career = isCareerId(id) ? getCareer(id) : undefined;
  const occ = getOccupation(career ? career.occupations[0] : id);
  view.append(el("h2", { textContent: career ? career.title : occ.title, id: "guide-title" }));
  const wage = occ.wages.may2025?.annual.median;
  view.append(
    el(
      "p",
      {},
      `${occ.code} · typical entry education: ${occ.categories.education} · median wage May 2025: ${money(typeof wage === "number" ? wage : undefined)} (OEWS) · projected growth ${occ.projections.period}: ${typeof occ.projections.percentChange === "number" ? `${occ.projections.percentChange}%` : "not published"} (BLS)`,
    ),
  );
  const steps = el("ol", { id: "steps" });
  for (const s of careerSteps(id))
    steps.append(
      el(
        "li",
        {},
        el("strong", { textContent: s.title }),
        ` (${s.kind}${s.generated ? ", generated from BLS categories" : ""}). ${s.summary}`,
      ),
    );
  view.append(el("h3", { textContent: "Steps" }), steps);
  view.append(el("h3", { textContent: "Requirements" }));
  const req = entryRequirements(id);
  const reqText =
    req.status === "reviewed"
      ? req.requirements.map((q) => `${q.acronym ?? q.name} (${q.kind}, ${q.scope})`).join("; ") ||
        "none nationally"
      : "not reviewed yet for this occupation (unknown, not “none”).";
  view.append(el("p", { id: "requirements" }, `Licences, exams and checks: ${reqText}`));
  view.hidden = false;
  $("actions").hidden = false;
  $("compare-a").textContent = career ? career.title : occ.title;
}

function showComparison(b) {
  const c = compareCareers(current, b);
  $("comparison").replaceChildren(
    table(
      ["", c.a.title, c.b.title, "Source / note"],
      c.rows.map((r) => [r.label, r.a, r.b, r.note]),
      `${c.a.title} and ${c.b.title}, side by side`,
    ),
  );
}

function showMoves() {
  const r = careerMoves(current, { limit: 15 });
  $("moves").replaceChildren(
    el(
      "p",
      {},
      `Moves from ${r.from.title} (${r.from.code}). ${r.method.ranking}. Licences and exams: not reviewed (unknown, not “none”).`,
    ),
    table(
      [
        "Occupation",
        "Support",
        "Skill similarity",
        "Median wage change",
        "Education",
        "Skills to build",
      ],
      r.moves.map((m) => [
        `${m.title} (${m.code})`,
        m.relatedness ? `O*NET ${m.relatedness.tier}` : "skill similarity only",
        m.similarity === undefined ? "—" : m.similarity.toFixed(3),
        m.wages.comparable && m.wages.medianDifference !== undefined
          ? `${m.wages.medianDifference >= 0 ? "+" : "−"}${money(Math.abs(m.wages.medianDifference))} (${m.wages.period})`
          : "not published",
        m.education.difference === 0
          ? "same"
          : `${m.education.b} (${m.education.difference > 0 ? "+" : ""}${m.education.difference})`,
        m.skillsToBuild.map((s) => s.skill).join(", ") || "—",
        m.requirements.status === "reviewed"
          ? m.requirements.gaps.join(", ") || "none nationally"
          : "not reviewed (unknown, not “none”)",
      ]),
      "Moves",
    ),
  );
}

function runMatch(event) {
  event.preventDefault();
  const out = $("match-results");
  try {
    const minWage = $("match-wage").value.trim();
    const r = matchCareers($("match-code").value, {
      maxEducation: $("match-education").value || undefined,
      minWage: minWage === "" ? undefined : Number(minWage),
      limit: 10,
    });
    out.replaceChildren(
      el(
        "p",
        {},
        `${r.matches.length} of ${r.eligible} eligible occupations. Fit: ${r.method}. A ranking aid, not an assessment.`,
      ),
      table(
        ["#", "Occupation", "Fit", "RIASEC", "Typical education", "Median wage"],
        r.matches.map((m) => [
          String(m.rank),
          `${m.title} (${m.code})`,
          m.fit.score.toFixed(2),
          m.fit.occupationCode,
          m.headline.education.category,
          m.headline.medianWage?.kind === "value"
            ? `${money(m.headline.medianWage.value)} (${m.headline.medianWage.period})`
            : "not published",
        ]),
        "Interest matches",
      ),
    );
  } catch (error) {
    out.replaceChildren(el("p", { className: "error", role: "alert", textContent: error.message }));
  }
}

searchBox($("q"), $("results"), (id) => {
  $("results").hidden = true;
  showGuide(id);
  $("guide-title").focus?.();
});
searchBox($("q2"), $("results2"), (id) => {
  $("results2").hidden = true;
  showComparison(id);
});
$("moves-button").addEventListener("click", showMoves);
$("match-form").addEventListener("submit", runMatch);
document.body.dataset.ready = "true";
