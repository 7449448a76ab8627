// Budget 3: an app that validates outside data with the Occupation and Career schemas.
import { Career, Occupation } from "../../dist/schemas.js";

console.log(Occupation.safeParse({}), Career.safeParse({}));
