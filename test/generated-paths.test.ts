// Generated career paths (issue 16): the step builder on fixtures, and the shipped paths.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import {
  careerSteps,
  compareCareers,
  entryRequirements,
  getOccupation,
  nextStep,
  occupationCodes,
  toHowToJsonLd,
  toJsonLd,
  UnknownOccupationError,
} from "../src/index.js";
import { pathInput } from "../src/internal/generated-steps.js";
import { ALTERNATIVE_SHARE, buildPath, REQUIRED_SCOPES } from "../src/internal/step-builder.js";
import { oneMember } from "../src/internal/step-titles.js";
import { reviewedCodes, reviewedRecord } from "../src/requirements/data.js";
import { RequirementsFile } from "../src/schemas/index.js";

const fixture = RequirementsFile.parse(
  JSON.parse(
    readFileSync(join(import.meta.dirname, "fixtures/requirements/path-fixture.json"), "utf8"),
  ),
);
const nurseFixture = fixture.occupations[0] as (typeof fixture.occupations)[number];

function input(overrides: Partial<NonNullable<ReturnType<typeof pathInput>>> = {}) {
  const base = pathInput("29-1141");
  if (!base) throw new Error("29-1141 has no path input");
  return { ...base, ...overrides };
}

const shown = async (code: string): Promise<string> => {
  let stdout = "";
  const out = {
    write: (s: string) => {
      stdout += s;
      return true;
    },
  };
  expect(await main(["show", code], out, { write: () => true })).toBe(0);
  return stdout;
};

describe("step builder (fixtures)", () => {
  const steps = buildPath(
    input({ requirements: nurseFixture, educationShares: [0, 1, 0, 20, 15, 50, 14.9, 0] }),
  );
  const byReq = (id: string) => steps.find((s) => s.requirements.includes(id));

  it("turns every all-states, most-states and federal requirement into a required step, in record order", () => {
    const required = nurseFixture.requirements.filter((r) => REQUIRED_SCOPES.includes(r.scope));
    const positions = required.map((r) => steps.findIndex((s) => s.requirements.includes(r.id)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const r of required) expect(byReq(r.id)?.optional).toBe(false);
  });

  it("puts an education requirement on the degree step and keeps its sources", () => {
    const degree = byReq("approved-program");
    expect(degree?.id).toBe("bachelors-degree");
    expect(degree?.sources).toContain("fixture-a");
    expect(degree?.basis).toMatch(/Entry requirement "Approved nursing program" \(all states\)/);
  });

  it("places exam and licence where they happen, before the first job, with numbers and sources", () => {
    const ids = steps.map((s) => s.id);
    expect(ids.indexOf("exam")).toBeLessThan(ids.indexOf("licence"));
    expect(ids.indexOf("licence")).toBeLessThan(ids.indexOf("first-job"));
    expect(byReq("exam")?.title).toBe("Pass the NLE");
    expect(byReq("exam")?.details).toContain("Exam: 85–150 questions");
    expect(byReq("exam")?.sources).toEqual(["fixture-a", "fixture-b"]);
    expect(byReq("licence")?.summary).toMatch(/most states; the rules vary by state/);
  });

  it("makes some-states and voluntary items optional steps that say so", () => {
    const check = byReq("fingerprints");
    expect(check?.optional).toBe(true);
    expect(check?.summary).toMatch(/some states only; it varies by state/);
    expect(check?.details.join(" ")).toMatch(/Varies by state: Compact states/);
    expect(byReq("specialty-cert")?.optional).toBe(true);
    expect(byReq("specialty-cert")?.summary).toMatch(/employers commonly expect/);
  });

  it("ends with the ongoing requirement and no step waits on an optional one", () => {
    expect(steps.at(-1)?.requirements).toEqual(["ce"]);
    const optional = new Set(steps.filter((s) => s.optional).map((s) => s.id));
    expect(steps.flatMap((s) => s.prerequisites).filter((p) => optional.has(p))).toEqual([]);
  });

  it(`offers other education levels reported by at least ${ALTERNATIVE_SHARE}% as alternatives`, () => {
    const degree = steps.find((s) => s.id === "bachelors-degree");
    expect(degree?.alternatives.map((a) => a.educationCategory)).toEqual([
      "Postsecondary nondegree award",
      "Associate's degree",
    ]);
    // 14.9% for a master's degree is under the threshold; higher levels are details, not routes.
    expect(degree?.details.join(" ")).not.toMatch(/master's/);
    expect(degree?.basis).toMatch(/O\*NET education distribution/);
  });

  it("says so when an occupation was not reviewed, and says when it was reviewed with none", () => {
    const none = buildPath(input({ requirements: undefined }));
    expect(none.find((s) => s.id === "check-requirements")?.summary).toMatch(
      /has not reviewed .* does not mean none apply/,
    );
    const empty = buildPath(input({ requirements: { ...nurseFixture, requirements: [] } }));
    expect(empty.some((s) => s.id === "check-requirements")).toBe(false);
    expect(empty.find((s) => s.id === "first-job")?.details.join(" ")).toMatch(
      /no licence, exam or registration applies nationally/,
    );
  });

  it("names one member of the occupation in the job title", () => {
    expect(oneMember("Registered nurses")).toBe("a registered nurse");
    expect(oneMember("Electricians")).toBe("an electrician");
    expect(oneMember("Chefs and head cooks")).toBe("a chef or head cook");
    expect(oneMember("Billing and posting clerks")).toBe("a billing and posting clerk");
    expect(oneMember("Bus and truck mechanics and diesel engine specialists")).toBe(
      "a bus and truck mechanic or diesel engine specialist",
    );
    expect(oneMember("First-line supervisors of office and administrative support workers")).toBe(
      "a first-line supervisor of office and administrative support workers",
    );
    expect(oneMember("Healthcare support workers, all other")).toBe(
      "one of the healthcare support workers, all other",
    );
  });
});

describe("shipped generated paths", () => {
  const titles = (code: string) => careerSteps(code).map((s) => s.title);

  it("29-1141 registered nurses: program, NCLEX-RN and licence, with the associate's route", () => {
    const steps = careerSteps("29-1141");
    const t = titles("29-1141");
    expect(t).toContain("Pass the NCLEX-RN");
    expect(t).toContain("Get hired as a registered nurse");
    expect(t.indexOf("Pass the NCLEX-RN")).toBeLessThan(
      t.indexOf("Get hired as a registered nurse"),
    );
    const degree = steps.find((s) => s.id === "bachelors-degree");
    expect(degree?.requirements).toContain("approved-nursing-program");
    expect(degree?.programs).toContain("51.3801");
    expect(degree?.alternatives.map((a) => a.educationCategory)).toContain("Associate's degree");
    expect(steps.find((s) => s.requirements.includes("rn-licence"))?.optional).toBe(false);
  });

  it("53-3032 truck drivers: minimum age, ELDT, DOT medical exam and CDL before the job", () => {
    const steps = careerSteps("53-3032");
    const at = (id: string) => steps.findIndex((s) => s.requirements.includes(id));
    const job = steps.findIndex((s) => s.id === "first-job");
    for (const id of ["minimum-age", "eldt", "dot-medical", "cdl"]) {
      expect(at(id), id).toBeGreaterThanOrEqual(0);
      expect(at(id), id).toBeLessThan(job);
    }
    expect(at("minimum-age")).toBeLessThan(at("eldt"));
    expect(at("dot-medical")).toBeLessThan(at("cdl"));
  });

  it("25-2021 elementary teachers: preparation program, student teaching, tests, licence", () => {
    const steps = careerSteps("25-2021");
    const at = (id: string) => steps.findIndex((s) => s.requirements.includes(id));
    expect(at("teacher-preparation-program")).toBe(at("bachelors-degree"));
    expect(at("student-teaching")).toBeGreaterThan(at("bachelors-degree"));
    expect(at("licensure-tests")).toBeGreaterThan(at("student-teaching"));
    expect(at("teaching-licence")).toBeLessThan(steps.findIndex((s) => s.id === "first-job"));
    expect(titles("25-2021")).toContain(
      "Get hired as an elementary school teacher (except special education)",
    );
  });

  it("47-2111 electricians: the apprenticeship step is the requirement, then the licence", () => {
    const steps = careerSteps("47-2111");
    const apprenticeship = steps.find((s) => s.id === "apprenticeship");
    expect(apprenticeship?.requirements).toEqual(["apprenticeship"]);
    expect(apprenticeship?.optional).toBe(false); // BLS: typical training is an apprenticeship
    expect(apprenticeship?.basis).toMatch(/Typical on-the-job training: Apprenticeship/);
    const licence = steps.findIndex((s) => s.requirements.includes("licence"));
    expect(licence).toBeGreaterThan(steps.indexOf(apprenticeship as never));
    expect(steps.find((s) => s.kind === "advancement")?.title).toMatch(/first-line supervisor/);
  });

  it("23-1011 lawyers: JD, MPRE, bar exam, character and fitness, admission, in that order", () => {
    const steps = careerSteps("23-1011");
    const at = (id: string) => steps.findIndex((s) => s.requirements.includes(id));
    const order = ["jd", "mpre", "bar-exam", "character-and-fitness", "bar-admission"].map(at);
    expect(order.every((p) => p >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(at("jd")).toBe(steps.findIndex((s) => s.id === "doctoral-degree"));
    expect(titles("23-1011")).toContain("Get hired as a lawyer");
  });

  it("every all/most-states or federal requirement is a step, in record order, with its sources", () => {
    expect(reviewedCodes().length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const code of reviewedCodes()) {
      const record = reviewedRecord(code);
      const steps = careerSteps(code);
      const needed = (record?.requirements ?? []).filter((r) => REQUIRED_SCOPES.includes(r.scope));
      let last = -1;
      for (const r of needed) {
        const at = steps.findIndex((s) => s.requirements.includes(r.id));
        const step = steps[at];
        if (!step) problems.push(`${code} ${r.id}: no step`);
        else {
          if (at < last) problems.push(`${code} ${r.id}: out of order`);
          if (step.optional) problems.push(`${code} ${r.id}: optional`);
          for (const s of r.sources)
            if (!step.sources.includes(s)) problems.push(`${code} ${r.id}: lacks source ${s}`);
        }
        last = Math.max(last, at);
      }
    }
    expect(problems).toEqual([]);
  });

  it("all 832 occupations have at least three steps, each resting on something named", () => {
    expect(occupationCodes.length).toBe(832);
    const thin: string[] = [];
    for (const code of occupationCodes) {
      const steps = careerSteps(code);
      if (steps.length < 3) thin.push(`${code}: ${steps.length} steps`);
      for (const s of steps) {
        // Generated steps name their basis; curated steps rest on their cited sources.
        if (s.generated ? !s.basis : s.sources.length === 0) thin.push(`${code} ${s.id}: no basis`);
        if (s.title === "Get hired in the occupation") thin.push(`${code}: old job title`);
      }
    }
    expect(thin).toEqual([]);
  });

  it("an advancement step appears where O*NET and BLS support one", () => {
    const withAdvancement = occupationCodes.filter((c) =>
      careerSteps(c).some((s) => s.kind === "advancement"),
    );
    expect(withAdvancement.length).toBeGreaterThan(150);
    const supervisor = careerSteps("43-1011").find((s) => s.kind === "advancement");
    expect(supervisor?.basis).toMatch(/O\*NET related occupations/);
  });

  it("insurance-coder keeps its five curated steps", () => {
    expect(careerSteps("insurance-coder").map((s) => s.id)).toEqual([
      "high-school",
      "training-program",
      "first-job",
      "certification",
      "advancement",
    ]);
    expect(careerSteps("29-2072")).toBe(careerSteps("insurance-coder"));
  });

  it("nextStep walks the requirement steps", () => {
    const done = careerSteps("29-1141")
      .slice(0, 2)
      .map((s) => s.id);
    const next = nextStep("29-1141", { completed: done });
    expect(next.kind === "next" && next.step.requirements).toEqual(["nclex-rn"]);
  });
});

describe("specialty guides do not take over their occupation", () => {
  for (const [code, guide, curatedFirst] of [
    ["43-1011", "coding-supervisor", "Complete coding training"],
    ["11-9111", "health-information-manager", "Earn the RHIA"],
    ["43-3021", "medical-biller", "Get a billing job"],
  ] as const) {
    it(`show ${code} prints its own steps and lists ${guide}`, async () => {
      const steps = careerSteps(code);
      expect(steps.every((s) => s.generated)).toBe(true);
      const title = getOccupation(code).title;
      expect(steps.some((s) => s.title === `Get hired as ${oneMember(title)}`)).toBe(true);
      const text = await shown(code);
      expect(text).toContain("Specialty guides inside this occupation");
      expect(text).toContain(`careerpath show ${guide}`);
      expect(text).not.toContain(curatedFirst);
      expect(steps.find((s) => s.id === "first-job")?.details.join(" ")).toContain(`(${guide})`);
    });
  }
});

describe("entryRequirements", () => {
  it("returns reviewed requirements with their registry sources", () => {
    const r = entryRequirements("29-1141");
    expect(r.status).toBe("reviewed");
    if (r.status !== "reviewed") return;
    expect(r.requirements.map((q) => q.id)).toContain("nclex-rn");
    expect(r.sources.length).toBeGreaterThan(0);
    expect(r.sources.every((s) => s.url.startsWith("http"))).toBe(true);
    expect(r.hasSecondarySources).toBe(r.sources.some((s) => s.secondary === true));
    expect(Object.isFrozen(r)).toBe(true);
  });

  it("says plainly when an occupation was not reviewed", () => {
    const r = entryRequirements("43-9061");
    expect(r).toMatchObject({ status: "not-reviewed", code: "43-9061" });
    expect(r.status === "not-reviewed" && r.note).toMatch(/does not mean none apply/);
  });

  it("answers for a guide's main occupation and rejects unknown codes", () => {
    expect(entryRequirements("insurance-coder").code).toBe("29-2072");
    expect(() => entryRequirements("29-9999")).toThrow(UnknownOccupationError);
  });

  it("show prints the Licences, exams and registrations section with sources", async () => {
    const text = await shown("29-1141");
    expect(text).toContain("Licences, exams and registrations");
    expect(text).toMatch(/NCLEX-RN/);
    expect(text).toMatch(/not legal advice/);
    expect(await shown("43-9061")).toMatch(/Licences, exams and registrations\n {2}Not reviewed\./);
  });
});

describe("requirements in compare and JSON-LD", () => {
  it("compare has a requirements row saying which side needs what", () => {
    const c = compareCareers("53-3032", "47-2111");
    expect(c.requirements.onlyA).toContain("medical-exam");
    const row = c.rows.find((r) => r.label === "Licences, exams and registrations");
    expect(row?.a).toContain("CDL");
    expect(row?.note).toMatch(/only a needs: .*medical-exam/);
    const unknown = compareCareers("29-1141", "43-9061");
    expect(unknown.requirements.onlyA).toEqual([]);
    expect(unknown.rows.find((r) => r.label === "Licences, exams and registrations")?.note).toMatch(
      /not compared/,
    );
  });

  it("toJsonLd lists licences and exams in qualifications and the program in educationRequirements", () => {
    const ld = toJsonLd("29-1141");
    const names = (ld.qualifications ?? []).map((q) => q.name);
    expect(names.some((n) => n?.includes("NCLEX-RN"))).toBe(true);
    expect(ld.qualifications?.find((q) => q.credentialCategory === "license")?.description).toMatch(
      /required in every state/,
    );
    const edu = ld.educationRequirements;
    expect(typeof edu === "object" && edu.description).toMatch(/Approved nursing program/);
    // A specialty guide does not take on its occupation's requirements.
    expect(
      toJsonLd("coding-supervisor").qualifications?.every(
        (q) => q.credentialCategory === "certification",
      ),
    ).toBe(true);
  });

  it("toHowToJsonLd includes the licence steps", () => {
    const howTo = toHowToJsonLd("29-1141");
    expect(howTo.step.map((s) => s.name)).toContain("Pass the NCLEX-RN");
    expect(howTo.description).toMatch(/licences, exams and registrations/);
  });
});
