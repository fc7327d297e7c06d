/**
 * How the VS Code extension starts the server (editors/vscode/src/server-command.ts): the bundled
 * server by default, a user's program with `kehoach.server.path`, the message language. The
 * packaged extension actually running this command is tested in vsix.test.ts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUNDLED_SERVER, initializationOptions, langSetting, serverCommand } from "../../editors/vscode/src/server-command.js";
import { REPO } from "../cli/run.js";

const runtime = { extensionPath: "/ext/kehoach-0.1.0", execPath: "/opt/code/code", env: { PATH: "/usr/bin" } };

describe("serverCommand", () => {
  it("runs the bundled server with the editor's Node runtime, as `lsp --stdio`", () => {
    expect(serverCommand({ serverPath: "", lang: "auto" }, runtime)).toEqual({
      command: "/opt/code/code",
      args: [`/ext/kehoach-0.1.0/${BUNDLED_SERVER}`, "lsp", "--stdio"],
      options: { env: { PATH: "/usr/bin", ELECTRON_RUN_AS_NODE: "1" } },
    });
  });

  it("runs a configured kh executable directly, and a configured .js file with the editor's Node", () => {
    expect(serverCommand({ serverPath: " /work/node_modules/.bin/kh ", lang: "auto" }, runtime)).toEqual({
      command: "/work/node_modules/.bin/kh",
      args: ["lsp", "--stdio"],
      options: { env: { PATH: "/usr/bin" } },
    });
    expect(serverCommand({ serverPath: "/work/dist/cli/main.js", lang: "auto" }, runtime)).toMatchObject({
      command: "/opt/code/code",
      args: ["/work/dist/cli/main.js", "lsp", "--stdio"],
    });
  });

  it("joins Windows extension paths with backslashes", () => {
    const command = serverCommand({ serverPath: "", lang: "auto" }, { ...runtime, extensionPath: "C:\\Users\\a\\.vscode\\extensions\\kehoach" });
    expect(command.args[0]).toBe("C:\\Users\\a\\.vscode\\extensions\\kehoach\\dist\\server\\lib\\cli\\main.js");
  });
});

describe("settings", () => {
  it("passes the message language to the server unless it follows the editor", () => {
    expect(initializationOptions({ serverPath: "", lang: "en" })).toEqual({ lang: "en" });
    expect(initializationOptions({ serverPath: "", lang: "vi" })).toEqual({ lang: "vi" });
    expect(initializationOptions({ serverPath: "", lang: "auto" })).toEqual({});
  });

  it("reads a language setting defensively", () => {
    expect([langSetting("en"), langSetting("vi"), langSetting("auto"), langSetting("fr"), langSetting(3), langSetting(undefined)]).toEqual([
      "en",
      "vi",
      "auto",
      "auto",
      "auto",
      "auto",
    ]);
  });

  it("declares in package.json every setting the extension reads, with the values it understands", () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO, "editors/vscode/package.json"), "utf8")) as {
      contributes: { configuration: { properties: Record<string, { default: unknown; enum?: string[] }> } };
    };
    const props = pkg.contributes.configuration.properties;
    expect(props["kehoach.lang"]).toMatchObject({ default: "auto", enum: ["auto", "vi", "en"] });
    expect(props["kehoach.server.path"]).toMatchObject({ default: "" });
    expect(props["kehoach.trace.server"]).toMatchObject({ default: "off", enum: ["off", "messages", "verbose"] });
    const extension = readFileSync(path.join(REPO, "editors/vscode/src/extension.ts"), "utf8");
    for (const key of ["server.path", "lang"]) expect(extension).toContain(`"${key}"`);
  });
});
