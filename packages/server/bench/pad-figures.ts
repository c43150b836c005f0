// Presentation-attack figures of the local engine on the labelled photos of ../shared/fixtures,
// in ISO/IEC 30107-3 terms, and the calibration of its operating point:
// - APCER: share of attack presentations accepted (Approved);
// - BPCER: share of bona fide presentations rejected as attacks (LOW_LIVENESS_SCORE or
//   LIVENESS_FACE_ATTACK); bona fide photos sent back for a retake (light, quality, a face that
//   fills the photo) are counted apart, as "retake";
// - AUC of MiniFASNet's live probability, bona fide vs attack, over the faces it judged.
// Rows: per source folder, the photos whose face fills the image (too little context for the
// model: the engine asks for a retake) on their own, and everything together.
//
//   pnpm --filter @liveness-kit/server bench:pad [--threshold N]
//
// It also prints the operating point it measures: the live probability that the default decline
// threshold (30) stands for, the strictest with BPCER at most 10% on the judged bona fide photos,
// and the attack score under which no bona fide photo fell; `pad-calibration.ts` holds the values
// in use and the script says when they differ.
import { fixtureBytes, fixturesIn, padFixtures } from '@liveness-kit/test-utils';
import { analyseImage, type ImageAnalysis } from '../src/engine/local/analyse-image.js';
import { assessAnalysis, statusOf } from '../src/engine/local/build-liveness-response.js';
import { DEFAULT_ANALYSIS_SIZE, DEFAULT_MAX_FACES } from '../src/engine/local/create-local-engine.js';
import { decodeImage } from '../src/engine/local/decode-image.js';
import { defaultModelDir, defaultWasmDir } from '../src/engine/local/human-paths.js';
import { resolveLocalEngineThresholds } from '../src/engine/local/local-engine-thresholds.js';
import { contextScale, livenessScore } from '../src/engine/local/liveness-score.js';
import { PAD_CALIBRATION } from '../src/engine/local/pad-calibration.js';
import { sharedFaceModels } from '../src/engine/local/shared-analyser.js';

const arg = process.argv.indexOf('--threshold');
const declineThreshold = arg > 0 ? Number(process.argv[arg + 1]) : 30;
const thresholds = resolveLocalEngineThresholds();
const ATTACK_TAGS = new Set(['LOW_LIVENESS_SCORE', 'LIVENESS_FACE_ATTACK']);
/**
 * A face "fills the photo" (its own row) when fewer than 1.6 face boxes fit across or down the
 * image: MiniFASNet's 2.7x crop is then cut to under 60% of its size (the tight 336 px face crops
 * of `pad/` are like that).
 */
const TIGHT_CONTEXT = 1.6;

const sources: Array<{ source: string; bonaFide: boolean; files: string[] }> = [
  { source: 'single/', bonaFide: true, files: fixturesIn('single').map((f) => f.path) },
  { source: 'attack/', bonaFide: false, files: fixturesIn('attack').map((f) => f.path) },
  { source: 'pad/real/', bonaFide: true, files: padFixtures('bona-fide') },
  { source: 'pad/attack/', bonaFide: false, files: padFixtures('attack') },
];

const models = await sharedFaceModels({
  modelDir: defaultModelDir(),
  wasmDir: defaultWasmDir(),
  minFaceConfidence: thresholds.minFaceConfidence,
  maxFaces: DEFAULT_MAX_FACES,
});

interface Presentation {
  file: string;
  source: string;
  bonaFide: boolean;
  /** The face fills the photo: context under {@link TIGHT_CONTEXT}. */
  tight: boolean;
  context: number;
  /** MiniFASNet's live probability, also for faces the gates stopped (diagnostic), or null without a face. */
  live: number | null;
  score: number | null;
  outcome: 'accepted' | 'attack' | 'retake';
  warnings: string;
}

async function present(file: string, source: string, bonaFide: boolean): Promise<Presentation> {
  const bytes = fixtureBytes(file);
  const options = {
    maxInputPixels: 40e6,
    analysisSize: DEFAULT_ANALYSIS_SIZE,
    rotateImage: false,
    describe: false,
    gates: thresholds,
  };
  const analysis: ImageAnalysis = await analyseImage(models, bytes, options);
  const assessment = assessAnalysis(analysis, thresholds, declineThreshold);
  const risks = assessment.warnings.map((w) => w.risk);
  const status = statusOf(assessment.warnings);
  const outcome =
    status === 'Approved' ? 'accepted' : risks.some((r) => ATTACK_TAGS.has(r)) ? 'attack' : 'retake';
  // The model's verdict even where the gates stopped the face, to calibrate and to show why.
  let live = analysis.scored?.live ?? null;
  let context = analysis.scored?.contextScale ?? 0;
  if (analysis.scored && live === null) {
    const image = await decodeImage(bytes, options);
    const faces = await models.human.detect(image.frame);
    const face = [...faces].sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height)[0];
    if (face) {
      live = (await models.pad.score(image.frame, face.box)).live;
      context = contextScale(face.box, image.frame.width, image.frame.height);
    }
  }
  return {
    file,
    source,
    bonaFide,
    tight: analysis.scored !== null && context < TIGHT_CONTEXT,
    context: Math.round(context * 100) / 100,
    live: live === null ? null : Math.round(live * 1000) / 1000,
    score: assessment.score,
    outcome,
    warnings: risks.join(' ') || '-',
  };
}

const presentations: Presentation[] = [];
for (const { source, bonaFide, files } of sources) {
  for (const file of files) presentations.push(await present(file, source, bonaFide));
}
await models.pad.close();

/** Probability that a random attack's live score is under a random bona fide one's (ties: half). */
function auc(list: Presentation[]): number | null {
  const bona = list.filter((p) => p.bonaFide && p.live !== null).map((p) => p.live!);
  const attacks = list.filter((p) => !p.bonaFide && p.live !== null).map((p) => p.live!);
  if (bona.length === 0 || attacks.length === 0) return null;
  let wins = 0;
  for (const b of bona) for (const a of attacks) wins += b > a ? 1 : b === a ? 0.5 : 0;
  return wins / (bona.length * attacks.length);
}

const share = (part: number, whole: number) =>
  whole === 0 ? '-' : `${part}/${whole} = ${((100 * part) / whole).toFixed(1)}%`;

function row(name: string, list: Presentation[]) {
  const bona = list.filter((p) => p.bonaFide);
  const attacks = list.filter((p) => !p.bonaFide);
  const a = auc(list);
  return {
    set: name,
    'bona fide': bona.length,
    attacks: attacks.length,
    APCER: share(attacks.filter((p) => p.outcome === 'accepted').length, attacks.length),
    BPCER: share(bona.filter((p) => p.outcome === 'attack').length, bona.length),
    'bona fide retake': share(bona.filter((p) => p.outcome === 'retake').length, bona.length),
    'attacks retake': share(attacks.filter((p) => p.outcome === 'retake').length, attacks.length),
    AUC: a === null ? '-' : a.toFixed(3),
  };
}

const withContext = presentations.filter((p) => !p.tight);
const tight = presentations.filter((p) => p.tight);
const table = [
  ...sources.map(({ source }) =>
    row(
      `${source} (with context)`,
      withContext.filter((p) => p.source === source),
    ),
  ),
  row('face fills the photo (pad/ crops)', tight),
  row('all with context', withContext),
  row('all', presentations),
];

console.table(
  [...presentations]
    .sort((a, b) => Number(b.bonaFide) - Number(a.bonaFide) || (a.live ?? -1) - (b.live ?? -1))
    .map((p) => ({ ...p, file: p.file.replace(/^.*\//, '') })),
);
console.log(
  `\ndecline threshold: score <= ${declineThreshold} (score 30 = live ${PAD_CALIBRATION.liveAtDecline}); ` +
    `LIVENESS_FACE_ATTACK under score ${thresholds.attackScore}; "face fills the photo": context under ${TIGHT_CONTEXT}`,
);
console.table(table);

// Calibration on every bona fide photo the model judged: the strictest point with BPCER <= 10%.
const bonaLive = presentations
  .filter((p) => p.bonaFide && p.live !== null && p.outcome !== 'retake')
  .map((p) => p.live!)
  .sort((x, y) => x - y);
const allowed = Math.floor(0.1 * bonaLive.length);
const rejected = bonaLive[allowed - 1] ?? 0;
const accepted = bonaLive[allowed] ?? 1;
const liveAtDecline = Math.round(((rejected + accepted) / 2) * 1000) / 1000;
const attackScore = Math.min(30, ...bonaLive.map((live) => livenessScore(live, liveAtDecline)));
console.log(
  `calibration on ${bonaLive.length} judged bona fide photos: at most ${allowed} rejected ` +
    `-> liveAtDecline ${liveAtDecline} (between ${rejected} and ${accepted}), attackScore ${attackScore}` +
    (liveAtDecline === PAD_CALIBRATION.liveAtDecline && attackScore === PAD_CALIBRATION.attackScore
      ? ' (as in pad-calibration.ts)'
      : ` (pad-calibration.ts has ${PAD_CALIBRATION.liveAtDecline} and ${PAD_CALIBRATION.attackScore}: update it)`),
);
