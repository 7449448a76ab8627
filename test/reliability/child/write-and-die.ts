// Child process for the importer fault suite: writes the given files into <out> with the real
// writer and kills itself with SIGKILL right after <stage> (or runs to the end with "none").
//   node --import tsx write-and-die.ts <out> <stage> <label> [repeat]
import { nodeFs, type WriteStage, writeAtomically } from "../../../scripts/official/write.js";

const [out, stage, label, repeat = "1"] = process.argv.slice(2) as [
  string,
  string,
  string,
  string?,
];
const files = {
  "occupations.json": `${JSON.stringify({ label, part: "occupations" })}\n`,
  "titles.json": `${JSON.stringify({ label, part: "titles" })}\n`,
};
let busy = 0;
for (let i = 0; i < Number(repeat); i++) {
  try {
    writeAtomically(out, files, nodeFs, (s: WriteStage) => {
      if (s === stage) process.kill(process.pid, "SIGKILL");
    });
  } catch (error) {
    if ((error as { reason?: string }).reason !== "busy") throw error;
    busy++;
  }
}
process.stdout.write(`${busy}\n`);
