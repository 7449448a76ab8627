// Known official releases, recognised by size and sha256. The importer reports, for every file it
// reads and every known workbook in the input folder, whether it is byte for byte a known
// release ("verified: …") or not ("not a known release: checked by layout only"). An unknown
// file is still imported when its layout checks pass: verification says what it is, the layout
// checks say whether it can be read.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** A known release file: its name, size in bytes and sha256. */
export interface KnownRelease {
  name: string;
  bytes: number;
  sha256: string;
}

const onet301 = (table: string, bytes: number, sha256: string): KnownRelease => ({
  name: `O*NET 30.1 text edition, ${table}`,
  bytes,
  sha256,
});

/** The releases the importer recognises (sizes and hashes from data/README.md provenance). */
export const knownReleases: readonly KnownRelease[] = [
  {
    name: "BLS EP 2024–34 occupation workbook (occupation.xlsx)",
    bytes: 409_620,
    sha256: "05103e6770b8ffebd6f024ff52afc9aed7e586b4aa159396ddc483c6ec572a07",
  },
  {
    // Recorded independently by two public projects (retrieved 2026-09-10 and 2026-10-05).
    name: "BLS EP 2025–35 occupation workbook (occupation.xlsx)",
    bytes: 413_398,
    sha256: "a7d060f0576f7d4f5b829b9a0bb4a6c11a12766d159ebb0e07aab5bd2e7583c5",
  },
  {
    name: "BLS OEWS May 2024 national estimates (national_M2024_dl.xlsx)",
    bytes: 291_056,
    sha256: "a9bad3093703e28d7490cedb765b6730f4eaa4b37a7c8f68e866814167761f11",
  },
  {
    name: "BLS OEWS May 2025 national estimates (national_M2025_dl.xlsx)",
    bytes: 289_615,
    sha256: "852250997ceff9b721ff68f63e877d818f9c1ec8b1b69dd367958faedd5282b2",
  },
  {
    name: "NCES CIP 2020–SOC 2018 crosswalk workbook",
    bytes: 428_901,
    sha256: "ba3d59a191b9d977a5c457a66b9348c4f2f7963aafacf72c0b80113b46bf0ab8",
  },
  {
    name: "NCES CIP 2020 code list (CIPCode2020.csv)",
    bytes: 1_099_448,
    sha256: "6cf0882c1f5beb94981d0a1a72285ab5cf633759f45433fb909afbfb6d6b2657",
  },
  {
    name: "BLS 2010 SOC to 2018 SOC crosswalk workbook",
    bytes: 46_630,
    sha256: "f3a847561562d3e5a30eb848f2902a5f7b02e9c48b3d7f2cc8879899fbc242a7",
  },
  {
    name: "O*NET-SOC 2010 to 2019 crosswalk (CSV download)",
    bytes: 108_052,
    sha256: "8f026a33134bfde5770308d1c6117cf70d9dd41c2b3467e6dd271d65bdeecc5a",
  },
  {
    name: "O*NET-SOC 2010 to 2019 crosswalk workbook",
    bytes: 47_190,
    sha256: "993fda20fc2068653a0507f8516bb7a750ae1ecbd7dcbd55795b585b741c82b2",
  },
  {
    name: "O*NET-SOC 2019 to SOC 2018 crosswalk workbook",
    bytes: 45_007,
    sha256: "68488984606cff24d65dc01005945b3f158fcd77b17dac8bbc1a5a4ebb78ec2f",
  },
  {
    name: "BLS NEM ↔ O*NET-SOC crosswalk workbook (as of 9/6/2023)",
    bytes: 119_105,
    sha256: "5aac9713a7e73b428819b20e3b895c97adbf09b4b59ac8c9423a340dbe129a4a",
  },
  onet301(
    "Occupation Data",
    265_794,
    "63e6029d3d30ff5c7cf39b5304a733b77a409e01c65ae7095fe92f6d18d74a66",
  ),
  onet301(
    "Alternate Titles",
    2_462_267,
    "528592356fba6dba707e6c66a36faf7cc3b2a815f478eaa23e0425fcb62c7283",
  ),
  onet301(
    "Sample of Reported Titles",
    297_040,
    "feef19fa87b666be26356b92f67d6f8d056d274dbdf3ed4a085b0708c7256f81",
  ),
  onet301("Job Zones", 28_126, "7b13748f1d880dbbc6bd2a5f91bd457492f82c3f3bf9bd64909e73f600cd5fba"),
  onet301(
    "Job Zone Reference",
    4_367,
    "0d705299759ff75785a3c503dc39da21db26ec652afac145c65736149d3744ea",
  ),
  onet301(
    "Related Occupations",
    716_310,
    "af539f6f01a36e9514a0dd13cbe125df8cca1114c690505342837f338621906c",
  ),
  onet301("Interests", 574_185, "fcf714f700c1f974f7761b9e22b9d1e068e0d83329dea747c1099d691a97aaee"),
  onet301("Skills", 5_644_874, "d6832c9c195742524a9e48598d962140aaa499c2f78046d4be3af0b69f2686be"),
  onet301(
    "Education, Training, and Experience",
    3_633_478,
    "595807bd081653b31c37a518a0360b68fe28075811bdfd60f082a60b8a4f4ee1",
  ),
  onet301(
    "Education, Training, and Experience Categories",
    3_928,
    "9276926ce21572ba39b8ec04aba1c884770aa514e2e0e50b9e375461aed35b52",
  ),
];

/** The known release a file is, or undefined. Only files of a known size are hashed. */
export function identify(path: string): KnownRelease | undefined {
  const bytes = statSync(path).size;
  const candidates = knownReleases.filter((r) => r.bytes === bytes);
  if (candidates.length === 0) return undefined;
  const sha256 = createHash("sha256").update(readFileSync(path)).digest("hex");
  return candidates.find((r) => r.sha256 === sha256);
}

/**
 * One line per file the import reads (`read`, relative to `from`) and per other file under
 * `from` that is a known release (workbooks next to their CSV conversions), sorted by path.
 */
export function verifyInputs(from: string, read: readonly string[]): string[] {
  const paths = new Set(read.filter((p) => existsSync(join(from, p))));
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, name.name);
      if (name.isDirectory()) walk(full);
      else if (/\.(xlsx|csv|txt)$/.test(name.name)) paths.add(relative(from, full));
    }
  };
  if (existsSync(from)) walk(from);
  const lines: string[] = [];
  for (const path of [...paths].sort()) {
    const known = identify(join(from, path));
    if (known) lines.push(`verified: ${known.name} (${path})`);
    else if (read.includes(path))
      lines.push(`${path}: not a known release: checked by layout only`);
  }
  return lines;
}
