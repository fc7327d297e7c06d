#!/usr/bin/env node
/**
 * The language server alone, for editor extensions that bundle it: `node main.js --stdio`
 * (the same server as `kh lsp --stdio`, without the rest of the command line).
 */
import { serveStdio } from "./stdio.js";

void serveStdio();
