// Row 1b: an app that looks guides up by id (or occupation code) at run time.
import { getCareer, nextStep } from "../../dist/index.js";

console.log(getCareer("insurance-coder"), nextStep("insurance-coder", { completed: [] }));
