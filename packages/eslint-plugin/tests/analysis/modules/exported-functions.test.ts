import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { getWorkStart } from '../../../src/analysis/called-names.js';
import { ClientOrigins } from '../../../src/analysis/calls/client-origins.js';
import { exportTargetsOf, importedNameOf, type ExportTarget } from '../../../src/analysis/modules/exported-functions.js';
import { loadModule, resolveRelativeModule } from '../../../src/analysis/modules/module-files.js';
import { isRelativeSpecifier } from '../../../src/analysis/modules/specifiers.js';
import { parse } from '../parse.js';

/** The module and name each awaited call of `code` runs, or null. */
function importedNames(code: string): ({ specifier: string; name: string } | null)[] {
  const { awaits, scopeManager } = parse(code);
  const origins = new ClientOrigins(scopeManager, []);
  return awaits.map(node => {
    const start = getWorkStart(node.argument)!;
    return importedNameOf(start, origins.originOf(start).rootVariable);
  });
}

/** What each export target is: the name of the function it finds, or where it re-exports from. */
function describeTargets(targets: ExportTarget[]): string[] {
  return targets.map(target => {
    if ('reexport' in target) return `${target.reexport.specifier}#${target.reexport.name}`;
    const fn = target.function;
    const parent = fn.parent;
    if (fn.type === AST_NODE_TYPES.FunctionDeclaration || (fn.type === AST_NODE_TYPES.FunctionExpression && fn.id))
      return `function ${fn.id?.name ?? '(default)'}`;
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) return `const ${parent.id.name}`;
    if (parent?.type === AST_NODE_TYPES.Property && parent.key.type === AST_NODE_TYPES.Identifier) return `property ${parent.key.name}`;
    return `expression at line ${(fn as TSESTree.Node).loc.start.line}`;
  });
}

describe('importedNameOf', () => {
  it('names the export a call of an import runs, in every way code imports one', () => {
    expect(
      importedNames(`
import { render as draw } from './render';
import render2 from './default';
import * as helpers from '../helpers';
const { load } = require('./load');
const lib = require('./lib');
const single = require('./single');
const picked = require('./picked').pick;
var import_h = __toESM(require('./compiled'));
async function f() {
  await draw(); await render2(); await helpers.format(); await load(); await lib.save(); await single();
  await picked(); await (0, import_h.templateFor)(); await helpers.format.call(this);
}`),
    ).toEqual([
      { specifier: './render', name: 'render' },
      { specifier: './default', name: 'default' },
      { specifier: '../helpers', name: 'format' },
      { specifier: './load', name: 'load' },
      { specifier: './lib', name: 'save' },
      { specifier: './single', name: 'default' },
      { specifier: './picked', name: 'pick' },
      { specifier: './compiled', name: 'templateFor' },
      { specifier: '../helpers', name: 'format' },
    ]);
  });

  it('is null for what is not a call of an import: a local, a method of a result, a type-only import', () => {
    expect(
      importedNames(`
import type { Loader } from './types';
import { client } from './client';
const local = async () => 1;
async function f(loader: Loader) {
  await local(); await client.users.list(); await loader(); await fetch('x');
}`),
    ).toEqual([null, null, null, null]);
  });
});

describe('exportTargetsOf', () => {
  const targetsOf = (code: string, name: string): string[] => describeTargets(exportTargetsOf(parse(code).ast, name));

  it('finds ES module exports: declarations, renamed specifiers, default, re-exports after own', () => {
    const code = `
export async function load() {}
export const save = async () => {};
async function internal() {}
export { internal as run };
export default function () {}
export { format } from './format';
export * from './more';`;
    expect(targetsOf(code, 'load')).toEqual(['function load', './more#load']);
    expect(targetsOf(code, 'save')).toEqual(['const save', './more#save']);
    expect(targetsOf(code, 'run')).toEqual(['function internal', './more#run']);
    expect(targetsOf(code, 'default')).toEqual(['function (default)']);
    expect(targetsOf(code, 'format')).toEqual(['./format#format', './more#format']);
  });

  it('finds CommonJS exports and what compilers export through helpers', () => {
    const code = `
exports.load = async function load() {};
module.exports.save = save;
async function save() {}
const templateFor = async () => {};
__export(exports_obj, { templateFor: () => templateFor });`;
    expect(targetsOf(code, 'load')).toEqual(['function load']);
    expect(targetsOf(code, 'save')).toEqual(['function save']);
    expect(targetsOf(code, 'templateFor')).toEqual(['const templateFor']);
    expect(targetsOf(`module.exports = { read: async () => {}, write };\nfunction write() {}`, 'write')).toEqual(['function write']);
    expect(targetsOf(`module.exports = async function main() {};`, 'default')).toEqual(['function main']);
  });

  it('finds nothing for a name the module does not define as a function', () => {
    expect(targetsOf(`export const limit = 10;\nexport type Load = () => void;`, 'limit')).toEqual([]);
    expect(targetsOf(`export const limit = 10;`, 'missing')).toEqual([]);
  });
});

describe('module files', () => {
  const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../rules/fixtures/imports');
  const importer = path.join(fixtures, 'route.ts');

  it('resolves relative specifiers as Node and bundlers do: extensions, index files, .js for .ts', () => {
    expect(isRelativeSpecifier('./lib')).toBe(true);
    expect(isRelativeSpecifier('lodash')).toBe(false);
    expect(isRelativeSpecifier('@app/lib')).toBe(false);
    expect(resolveRelativeModule(importer, './lib/api')).toBe(path.join(fixtures, 'lib/api.ts'));
    expect(resolveRelativeModule(importer, './lib/api.js')).toBe(path.join(fixtures, 'lib/api.ts'));
    expect(resolveRelativeModule(importer, './lib')).toBe(path.join(fixtures, 'lib/index.ts'));
    expect(resolveRelativeModule(importer, './compiled/helpers')).toBe(path.join(fixtures, 'compiled/helpers.js'));
    expect(resolveRelativeModule(importer, './lib/missing')).toBeNull();
    expect(resolveRelativeModule(importer, 'lodash')).toBeNull();
  });

  it('parses a module once while it is unchanged, and gives none for a file that does not parse', () => {
    const api = loadModule(path.join(fixtures, 'lib/api.ts'));
    expect(api?.facts.awaits.length).toBe(4);
    expect(api?.program.body[0]?.parent).toBe(api?.program);
    expect(loadModule(path.join(fixtures, 'lib/api.ts'))).toBe(api);
    expect(loadModule(path.join(fixtures, 'broken.ts'))).toBeNull();
    expect(loadModule(path.join(fixtures, 'not-there.ts'))).toBeNull();
  });

  it("reads JavaScript as ESLint does (espree, eslint-scope), and what espree refuses with typescript-eslint's parser", () => {
    const view = loadModule(path.join(fixtures, 'compiled/view.js'));
    expect(view?.facts.awaits).toEqual([]);
    expect(view?.facts.visitorKeys).not.toHaveProperty('TSAsExpression');
    const early = loadModule(path.join(fixtures, 'compiled/early-exit.cjs'));
    expect(early?.facts.visitorKeys).not.toHaveProperty('TSAsExpression');
    expect(early?.facts.scopeManager.scopes.map(scope => scope.type)).toContain('function');
    const sloppy = loadModule(path.join(fixtures, 'compiled/sloppy.js'));
    expect(sloppy?.facts.visitorKeys).toHaveProperty('TSAsExpression');
    expect(exportTargetsOf(sloppy!.program, 'loadSetting')).toHaveLength(1);
  });
});
