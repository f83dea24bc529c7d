// Build step (scripts/build.mjs runs it in the new build): compiles the catalog recogniser's keyword table (scan's
// prefilter) and its keyword index's automaton into the build.
import { prebuildKeywordIndex } from '../src/catalog/keyword-index.js';
import { PATTERNS } from '../src/catalog/patterns/index.js';
import { indexedUnits } from '../src/catalog/recognize.js';
import { catalogRecognizer } from '../src/scan/catalog-recognizer.js';
import { writePrebuiltKeywordTable } from '../src/scan/prebuilt-keyword-table.js';

writePrebuiltKeywordTable(catalogRecognizer().keywords);
prebuildKeywordIndex(indexedUnits(PATTERNS));
