// Row 4: the title index on its own, as the search entry point ships it.
import { titleLines } from "../../src/generated/titles.ts";

console.log(titleLines);
