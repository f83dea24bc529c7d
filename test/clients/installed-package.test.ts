// Resolution from a project directory: found with its version, missing, or present but not resolvable; main exports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPackage, loadPackage, mainExport } from '../../src/clients/installed-package.js';
import { fakeProject } from '../helpers/fake-packages.js';

test('findPackage resolves as require() would from the directory and reads the version of the package\'s own root', async () => {
  const project = fakeProject({
    'alpha/package.json': JSON.stringify({ name: 'alpha', version: '1.2.3', exports: { '.': { require: './dist/cjs/index.js' } } }),
    'alpha/dist/cjs/package.json': JSON.stringify({ type: 'commonjs' }),
    'alpha/dist/cjs/index.js': 'exports.default = function alpha() { return 42; };',
    'beta/package.json': JSON.stringify({ name: 'beta', version: '2.0.0', exports: { '.': { import: './index.mjs' } } }),
    'beta/index.mjs': 'export default 1;',
  });
  try {
    const alpha = findPackage('alpha', project.dir);
    assert.equal(alpha.status, 'found');
    if (alpha.status !== 'found') return;
    assert.equal(alpha.installed.version, '1.2.3');
    assert.match(alpha.installed.entry, /alpha\/dist\/cjs\/index\.js$/);
    // Compiled CommonJS: module.exports.default is the function.
    assert.equal(mainExport<() => number>(await loadPackage(alpha.installed))(), 42);
    assert.deepEqual(findPackage('gamma', project.dir), { status: 'missing' });
    const beta = findPackage('beta', project.dir);
    assert.equal(beta.status, 'broken');
    assert.match(beta.status === 'broken' ? beta.reason : '', /beta/);
  } finally {
    project.remove();
  }
});

test('mainExport: an ES module\'s default, a CommonJS module.exports function, or the namespace itself', () => {
  const fn = (): number => 1;
  assert.equal(mainExport({ default: fn }), fn);
  assert.equal(mainExport({ default: Object.assign(fn, { default: undefined }) }), fn);
  const namespace = { Agent: class {} };
  assert.equal(mainExport(namespace), namespace);
});
