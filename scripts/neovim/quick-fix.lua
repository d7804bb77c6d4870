-- A second editor's LSP client against gather-language-server (scripts/consumer-test.mjs runs it):
-- Neovim's own client (0.7: vim.lsp.start_client and buf_attach_client) opens the sample, waits for
-- the diagnostics, asks for the code actions at the first one, applies the Promise.all quick-fix
-- as Neovim applies any workspace edit, and writes the buffer. Exits non-zero on any failure.
local server = os.getenv('GATHER_SERVER_BIN')
local sample = os.getenv('GATHER_SAMPLE')

local function fail(message)
  io.stderr:write('neovim: ' .. message .. '\n')
  vim.cmd('cquit 1')
end

vim.cmd('filetype on')
vim.cmd('edit ' .. vim.fn.fnameescape(sample))
-- the languageId Neovim sends is the filetype
if vim.bo.filetype ~= 'typescript' then fail('filetype is "' .. vim.bo.filetype .. '", not typescript') end
local buffer = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'gather',
  cmd = { server, '--stdio' },
  root_dir = vim.fn.fnamemodify(sample, ':h'),
})
if not client_id then fail('the server did not start') end
vim.lsp.buf_attach_client(buffer, client_id)

local published = vim.wait(30000, function() return #vim.diagnostic.get(buffer) >= 2 end, 50)
if not published then fail('no diagnostics within 30 s') end
local diagnostics = vim.diagnostic.get(buffer)
table.sort(diagnostics, function(a, b) return a.lnum < b.lnum end)
local first = diagnostics[1]
io.stdout:write('diagnostics: ' .. #diagnostics .. ', first at line ' .. (first.lnum + 1) .. ': ' .. first.message .. '\n')

local client = vim.lsp.get_client_by_id(client_id)
local response = client.request_sync('textDocument/codeAction', {
  textDocument = { uri = vim.uri_from_bufnr(buffer) },
  range = { start = { line = first.lnum, character = first.col }, ['end'] = { line = first.end_lnum, character = first.end_col } },
  context = { diagnostics = {}, only = { 'quickfix' } },
}, 10000, buffer)
if not response or response.err or not response.result then fail('no code actions') end
local applied = false
for _, action in ipairs(response.result) do
  if action.title:match('^Run these %d+ awaits concurrently with Promise%.all') and action.edit then
    vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding or 'utf-16')
    applied = true
    break
  end
end
if not applied then fail('no Promise.all quick-fix among ' .. #response.result .. ' actions') end
vim.cmd('write')
vim.lsp.stop_client(client_id)
vim.cmd('qall!')
