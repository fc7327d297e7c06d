/** The formatter: canonical layout of kehoach files, as an API and as a prettier plugin. */
export { formatText, printDocument, zeroSpan, type FormatOptions, type FormatResult } from "./format.js";
export { default as prettierPlugin, KehoachSyntaxError } from "./prettier-plugin.js";
