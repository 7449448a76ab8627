// Row 4: an app that searches occupations (loads the title index).
import { searchOccupations } from "../../dist/search.js";

console.log(searchOccupations("medical coder"));
