// Budget 2: an app that uses everything the main entry point exports.
import * as careerpath from "../../dist/index.js";

console.log(careerpath);
