// Baseline for budget 3: zod on its own, imported the way our schemas import it.
import * as z from "zod";

console.log(z.object({ code: z.string() }).safeParse({}));
