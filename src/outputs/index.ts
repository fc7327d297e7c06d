/** Every renderer of a `CheckReport`: text and JSON for people and scripts, SARIF, JUnit and GitHub annotations for CI. */
export { renderText, renderDiagnostic, renderSummaryLine, type TextOptions } from "./text.js";
export { renderJson, toJsonReport, type JsonDiagnostic } from "./json.js";
export {
  renderSarif,
  toSarif,
  FINGERPRINT_KEY,
  SARIF_SCHEMA_URI,
  type SarifOptions,
  type SarifLog,
  type SarifResult,
  type SarifReportingDescriptor,
} from "./sarif.js";
export { renderJunit, junitSuites, type JunitOptions, type JunitSuite, type JunitTestCase } from "./junit.js";
export {
  renderGithub,
  renderGithubAnnotation,
  escapeData,
  escapeProperty,
  unescapeData,
  unescapeProperty,
  type GithubOptions,
} from "./github.js";
