// Build step (scripts/build.mjs runs it in the new build): compiles the catalog recogniser's keyword table into the build.
import { catalogRecognizer } from '../src/scan/catalog-recognizer.js';
import { writePrebuiltKeywordTable } from '../src/scan/prebuilt-keyword-table.js';

writePrebuiltKeywordTable(catalogRecognizer().keywords);
