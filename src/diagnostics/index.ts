export * from "./diagnostic.js";
export * from "./span.js";
export * from "./codes.js";
export * from "./make.js";
