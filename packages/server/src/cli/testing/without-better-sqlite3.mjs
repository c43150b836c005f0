// Preloaded with `node --import` (through NODE_OPTIONS, so tsx's child process gets it too): Node's
// CommonJS lookup (what createRequire uses) answers for `better-sqlite3` what it answers for a package
// that is not installed.
import Module from 'node:module';

const resolve = Module._resolveFilename;
Module._resolveFilename = function resolveWithoutBetterSqlite3(request, ...rest) {
  if (request === 'better-sqlite3') {
    const error = new Error(`Cannot find module '${request}'`);
    error.code = 'MODULE_NOT_FOUND';
    throw error;
  }
  return resolve.call(this, request, ...rest);
};
