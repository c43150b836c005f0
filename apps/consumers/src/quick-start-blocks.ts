/**
 * The README's quick starts, read as steps. A fenced block belongs to a quick start when an HTML
 * comment right above it names the stack and what the block is:
 *
 *     <!-- quick-start:vite run -->          shell lines run in order in the app's folder
 *     <!-- quick-start:vite file src/a.ts --> the block is that file's whole content
 *     <!-- quick-start:vite serve -->        the one command that serves the built app
 *
 * Readers see ordinary code blocks; the tests run exactly these, so the docs cannot drift.
 */
export type QuickStartStep =
  | { kind: 'run'; commands: string[] }
  | { kind: 'file'; path: string; content: string }
  | { kind: 'serve'; command: string };

const BLOCK =
  /<!--\s*quick-start:([\w-]+)\s+(run|file|serve)(?:\s+(\S+))?\s*-->\s*\n```[^\n]*\n([\s\S]*?)\n```/g;

/** Shell lines of a block: comments and blank lines dropped, `\` continuations joined. */
export function shellCommands(block: string): string[] {
  const commands: string[] = [];
  let pending = '';
  for (const raw of block.split('\n')) {
    const line = raw.trim();
    if (!pending && (line === '' || line.startsWith('#'))) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1).trim()} `;
      continue;
    }
    commands.push(`${pending}${line}`.trim());
    pending = '';
  }
  if (pending) commands.push(pending.trim());
  return commands;
}

/** The steps of one stack's quick start, in document order. Throws when it has none or is malformed. */
export function quickStartSteps(markdown: string, stack: string): QuickStartStep[] {
  const steps: QuickStartStep[] = [];
  for (const match of markdown.matchAll(BLOCK)) {
    const [, name, kind, arg, body = ''] = match;
    if (name !== stack) continue;
    if (kind === 'file') {
      if (!arg || arg.startsWith('/') || arg.split('/').includes('..')) {
        throw new Error(`quick-start:${stack}: a file block needs a relative path, got "${arg ?? ''}"`);
      }
      steps.push({ kind: 'file', path: arg, content: `${body}\n` });
    } else if (kind === 'run') {
      steps.push({ kind: 'run', commands: shellCommands(body) });
    } else {
      const commands = shellCommands(body);
      if (commands.length !== 1) throw new Error(`quick-start:${stack}: a serve block has one command`);
      steps.push({ kind: 'serve', command: commands[0]! });
    }
  }
  if (steps.length === 0) throw new Error(`the README has no quick start marked quick-start:${stack}`);
  if (steps.filter((s) => s.kind === 'serve').length !== 1) {
    throw new Error(`quick-start:${stack} must end with exactly one serve block`);
  }
  return steps;
}
