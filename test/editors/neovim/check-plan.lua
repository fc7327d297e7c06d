-- Neovim end-to-end client for test/editors/neovim.test.ts (Neovim 0.7+, headless).
-- Opens a plan and gets the kehoach server attached to it: with KH_SERVER set, by starting
-- `KH_NODE KH_SERVER lsp --stdio` with vim.lsp.start_client (the 0.7 API; 0.8+ also has
-- vim.lsp.start) and vim.lsp.buf_attach_client; without it, by the user configuration Neovim was
-- started with (-u init.lua, e.g. the README's). Then it waits for the diagnostics, asks the
-- server to finish pending checks (kehoach/idle), writes what Neovim holds to KH_OUT as JSON and
-- quits. Paths come from the environment: KH_PLAN, KH_OUT, and KH_NODE, KH_SERVER, KH_ROOT.

local env = function(name)
  local value = os.getenv(name)
  if not value or value == "" then error("missing environment variable " .. name) end
  return value
end

local out = env("KH_OUT")

local function finish(result)
  local file = assert(io.open(out, "w"))
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd("qall!")
end

local ok, err = pcall(function()
  local plan = env("KH_PLAN")
  vim.cmd("edit " .. vim.fn.fnameescape(plan))
  local bufnr = vim.api.nvim_get_current_buf()

  local exited = nil
  local client_id
  if os.getenv("KH_SERVER") then
    vim.bo[bufnr].filetype = "kehoach"
    client_id = vim.lsp.start_client({
      name = "kehoach",
      cmd = { env("KH_NODE"), env("KH_SERVER"), "lsp", "--stdio" },
      root_dir = env("KH_ROOT"),
      init_options = { lang = "en" },
      on_exit = function(code) exited = code end,
    })
    if not client_id then return finish({ error = "vim.lsp.start_client returned nil" }) end
    if not vim.lsp.buf_attach_client(bufnr, client_id) then
      return finish({ error = "vim.lsp.buf_attach_client failed" })
    end
  else
    vim.wait(10000, function() return next(vim.lsp.buf_get_clients(bufnr)) ~= nil end, 50)
    client_id = next(vim.lsp.buf_get_clients(bufnr))
    if not client_id then return finish({ error = "the configuration attached no LSP client to the buffer" }) end
  end

  local received = vim.wait(30000, function()
    return exited ~= nil or #vim.diagnostic.get(bufnr) > 0
  end, 50)
  if exited ~= nil then return finish({ error = "the server exited with code " .. tostring(exited) }) end
  if not received then return finish({ error = "no diagnostics within 30 s" }) end

  -- Every check done: the diagnostics below are the final ones.
  local client = vim.lsp.get_client_by_id(client_id)
  client.request_sync("kehoach/idle", vim.NIL, 10000, bufnr)
  vim.wait(200)

  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(diagnostics, {
      code = d.code,
      lnum = d.lnum,
      col = d.col,
      severity = d.severity,
      message = d.message,
      source = d.source,
    })
  end
  finish({ client = client.name, root = client.config.root_dir, diagnostics = diagnostics })
end)

if not ok then finish({ error = tostring(err) }) end
