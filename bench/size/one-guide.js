// Budget 1: an app that uses one guide.
import { getCareer, nextStep } from "../../dist/index.js";

console.log(getCareer("insurance-coder"), nextStep("insurance-coder", { completed: [] }));
