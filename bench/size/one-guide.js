// Row 1: an app that uses one guide, the documented way: the guide's own entry point and the
// step walker that takes the guide itself.

import { guide } from "../../dist/guides/insurance-coder.js";
import { nextStepIn } from "../../dist/index.js";

console.log(guide, nextStepIn(guide, { completed: [] }));
