// Presentation-attack detection figures of the local engine on the fixture photos, in ISO/IEC
// 30107-3 terms, at the default decline threshold (or --threshold N):
// - APCER, per attack type: share of attack presentations accepted as bona fide;
// - BPCER: share of bona fide presentations rejected as attacks.
// A presentation counts as "rejected as an attack" when the engine raises LOW_LIVENESS_SCORE or
// LIVENESS_FACE_ATTACK (declines for image quality are not attack decisions, and are listed apart).
//
//   pnpm --filter @liveness-kit/server bench:engine:pad [--threshold N]
import { fixtureBytes, fixturesIn } from '@liveness-kit/test-utils';
import { sniffImageType } from '@liveness-kit/core';
import { createLocalEngine } from '../src/engine/local/create-local-engine.js';
import { DEFAULT_LOCAL_ENGINE_THRESHOLDS } from '../src/engine/local/local-engine-thresholds.js';

const arg = process.argv.indexOf('--threshold');
const threshold = arg > 0 ? Number(process.argv[arg + 1]) : DEFAULT_LOCAL_ENGINE_THRESHOLDS.declineScore;
const ATTACK_TAGS = new Set(['LOW_LIVENESS_SCORE', 'LIVENESS_FACE_ATTACK']);

const engine = createLocalEngine();
await engine.ready();

interface Presentation {
  fixture: string;
  kind: string;
  score: number | null;
  status: string;
  rejectedAsAttack: boolean;
  warnings: string;
}

const presentations: Presentation[] = [];
for (const fixture of [...fixturesIn('single'), ...fixturesIn('attack')]) {
  const image = fixtureBytes(fixture.path);
  const { liveness } = await engine.check({
    image,
    imageType: sniffImageType(image) ?? 'image/jpeg',
    rotateImage: false,
    saveApiRequest: false,
    threshold,
  });
  const risks = liveness.warnings.map((w) => w.risk);
  presentations.push({
    fixture: fixture.path,
    kind: fixture.label === 'single' ? 'bona fide' : fixture.label,
    score: liveness.score,
    status: liveness.status,
    // No face at all is no liveness decision; count it as a rejection for BPCER, as a user sees it.
    rejectedAsAttack: risks.some((r) => ATTACK_TAGS.has(r)) || risks.includes('NO_FACE_DETECTED'),
    warnings: risks.join(' ') || '-',
  });
}
await engine.close();

const share = (part: number, whole: number) => `${part}/${whole} = ${((100 * part) / whole).toFixed(0)}%`;
console.table(presentations);
const bona = presentations.filter((p) => p.kind === 'bona fide');
console.log(`decline threshold: score <= ${threshold}`);
console.log(
  `BPCER (bona fide rejected as attacks): ${share(bona.filter((p) => p.rejectedAsAttack).length, bona.length)}`,
);
for (const kind of [...new Set(presentations.map((p) => p.kind))].filter((k) => k !== 'bona fide')) {
  const attacks = presentations.filter((p) => p.kind === kind);
  console.log(
    `APCER ${kind} (accepted as bona fide): ${share(attacks.filter((p) => !p.rejectedAsAttack).length, attacks.length)}`,
  );
}
const attackScores = presentations.filter((p) => p.kind !== 'bona fide').map((p) => p.score ?? 0);
const bonaScores = bona.map((p) => p.score ?? 0);
console.log(
  `scores: bona fide ${Math.min(...bonaScores)}-${Math.max(...bonaScores)}, attacks ${Math.min(...attackScores)}-${Math.max(...attackScores)}` +
    (Math.max(...attackScores) >= Math.min(...bonaScores)
      ? ' (overlapping: no threshold separates them)'
      : ''),
);
